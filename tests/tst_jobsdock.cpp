#include "ApiClient.h"
#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "JobJournal.h"
#include "JobManager.h"
#include "JobsDock.h"
#include "JobsModel.h"
#include "PeopleFixture.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserOperations.h"
#include "UserService.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace PeopleFixture;

// The jobs view on its own: rows per job and per item under QAbstractItemModelTester, the
// buttons enabled where they apply, the offer to resume a job an earlier run left unfinished
// (and to discard it), and the results exported as CSV.
class TestJobsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { ConfirmDialog::setTestResponder(nullptr); }
    void showsEveryItemOfEveryJob();
    void offersToResumeAnUnfinishedJob();
    void discardKeepsWhatWasDoneAndSendsNothing();
    void exportsTheResultsAsCsv();
    void aJobWhoseConnectionClosesCanBeResumed();

private:
    JobJournal::Entry writeInterruptedJob(const QString &directory,
                                          const QList<DirectoryUser> &people, int done);

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserService> m_users;
    QList<DirectoryUser> m_people;
    QSet<QString> m_used;
};

void TestJobsDock::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Changes people: needs the in-process sandbox.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 300, 4}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_users = std::make_unique<UserService>(m_client.get(), m_server.orgId());
    m_people = loadAll(*m_users);
    QCOMPARE(m_people.size(), 300);
}

void TestJobsDock::init()
{
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
}

JobJournal::Entry TestJobsDock::writeInterruptedJob(const QString &directory,
                                                    const QList<DirectoryUser> &people, int done)
{
    // What a run that was killed leaves: the job, some people done (and really suspended).
    JobJournal journal(directory);
    JobSpec spec;
    spec.id = u"interrupted-%1"_qs.arg(done);
    spec.operation = UserOperations::suspend();
    spec.title = u"Suspend access: %1 people"_qs.arg(people.size());
    spec.orgId = m_server.orgId();
    spec.createdAt = QDateTime::currentDateTimeUtc();
    const QList<JobItem> items = UserOperations::itemsFor(spec.operation, people);
    journal.create(spec, items);
    JobManager direct(directory + u"-direct"_qs);
    JobSpec first = spec;
    first.id.clear();
    BulkJob *job = direct.start(m_client.get(), first, items.mid(0, done));
    waitForEnd(job);
    for (int i = 0; i < done; ++i) {
        JobItem item = items.at(i);
        item.state = JobItem::State::Done;
        journal.recordItem(spec.id, i, item);
    }
    bool ok = false;
    return JobJournal::read(directory + u"/"_qs + spec.id + u".jsonl"_qs, &ok);
}

void TestJobsDock::showsEveryItemOfEveryJob()
{
    QTemporaryDir directory;
    JobManager manager(directory.path());
    JobsDock dock;
    QAbstractItemModelTester tester(dock.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dock.setJobManager(&manager);
    dock.setClient(m_client.get(), m_server.orgId());
    const QList<DirectoryUser> people =
        pick(m_people, m_used, 12, [](const DirectoryUser &u) { return u.status == u"active"_qs; });
    JobSpec spec;
    spec.operation = UserOperations::suspend();
    spec.title = u"Suspend access: 12 people"_qs;
    spec.orgId = m_server.orgId();
    m_server.sandbox()->setLatency(20);
    BulkJob *job =
        manager.start(m_client.get(), spec, UserOperations::itemsFor(spec.operation, people));
    QCOMPARE(dock.model()->rowCount(), 1);
    const QModelIndex row = dock.model()->indexOf(job);
    QCOMPARE(dock.model()->rowCount(row), 12);
    QVERIFY(dock.view()->isExpanded(row));
    QCOMPARE(dock.currentJob(), job);
    QVERIFY(dock.cancelButton()->isEnabled());
    QVERIFY(waitForEnd(job));
    m_server.sandbox()->setLatency(0);
    QTRY_COMPARE(row.siblingAtColumn(JobsModel::Detail).data().toString(), u"12 done"_qs);
    QCOMPARE(dock.model()->index(0, JobsModel::Status, row).data().toString(), u"Done"_qs);
    QCOMPARE(dock.model()->index(0, JobsModel::Name, row).data().toString(), people.first().email);
    QVERIFY(!dock.cancelButton()->isEnabled());
    QVERIFY(!dock.retryButton()->isEnabled());
    QVERIFY(dock.undoButton()->isEnabled());

    // Undo from the dock, after the confirmation.
    ConfirmDialog::setTestResponder([](ConfirmDialog *dialog) { dialog->accept(); });
    QTest::mouseClick(dock.undoButton(), Qt::LeftButton);
    QTRY_COMPARE(dock.model()->rowCount(), 2);
    BulkJob *undo = manager.jobs().last();
    QCOMPARE(dock.model()->jobAt(dock.model()->index(0, 0)), undo); // newest first
    QVERIFY(waitForEnd(undo));
    QCOMPARE(undo->count(JobItem::State::Done), 12);
}

void TestJobsDock::offersToResumeAnUnfinishedJob()
{
    QTemporaryDir directory;
    const QList<DirectoryUser> people =
        pick(m_people, m_used, 10, [](const DirectoryUser &u) { return u.status == u"active"_qs; });
    writeInterruptedJob(directory.path(), people, 4);

    JobManager manager(directory.path());
    JobsDock dock;
    dock.setJobManager(&manager);
    QCOMPARE(dock.resumeOfferText(), QString()); // no connection yet: nothing offered
    dock.setClient(m_client.get(), u"another-org"_qs);
    QCOMPARE(dock.resumeOfferText(), QString()); // another organization's job is not offered
    dock.setClient(m_client.get(), m_server.orgId());
    QCOMPARE(dock.resumeOfferText(), u"\u201cSuspend access: 10 people\u201d (4 of 10 done)"_qs);
    QVERIFY(!dock.findChild<QWidget *>(u"resumeBar"_qs)->isHidden());
    dock.resize(1100, 260);
    dock.show();
    shoot(&dock, u"resume-offer.png"_qs);

    m_server.sandbox()->clearReceivedRequests();
    QTest::mouseClick(dock.findChild<QPushButton *>(u"resumeButton"_qs), Qt::LeftButton);
    QCOMPARE(manager.jobs().size(), 1);
    BulkJob *job = manager.jobs().first();
    QVERIFY(waitForEnd(job));
    QCOMPARE(job->count(JobItem::State::Done), 10);
    QCOMPARE(m_server.sandbox()->receivedRequests().size(), 6); // only those not done before
    for (const DirectoryUser &person : people)
        QCOMPARE(statusOf(*m_users, person.accountId), u"suspended"_qs);
    QVERIFY(dock.findChild<QWidget *>(u"resumeBar"_qs)->isHidden());
    QVERIFY(manager.unfinishedFromEarlierRuns().isEmpty());
}

void TestJobsDock::discardKeepsWhatWasDoneAndSendsNothing()
{
    QTemporaryDir directory;
    const QList<DirectoryUser> people =
        pick(m_people, m_used, 5, [](const DirectoryUser &u) { return u.status == u"active"_qs; });
    writeInterruptedJob(directory.path(), people, 2);
    JobManager manager(directory.path());
    JobsDock dock;
    dock.setJobManager(&manager);
    dock.setClient(m_client.get(), m_server.orgId());
    QVERIFY(!dock.resumeOfferText().isEmpty());
    m_server.sandbox()->clearReceivedRequests();
    QTest::mouseClick(dock.findChild<QPushButton *>(u"discardButton"_qs), Qt::LeftButton);
    QCOMPARE(dock.resumeOfferText(), QString());
    QCOMPARE(manager.jobs().size(), 0);
    QCOMPARE(m_server.sandbox()->receivedRequests().size(), 0);
    QCOMPARE(statusOf(*m_users, people.at(0).accountId), u"suspended"_qs);
    QCOMPARE(statusOf(*m_users, people.at(4).accountId), u"active"_qs);
    // And a new start does not offer it again.
    JobManager again(directory.path());
    QVERIFY(again.unfinishedFromEarlierRuns().isEmpty());
}

void TestJobsDock::exportsTheResultsAsCsv()
{
    QTemporaryDir directory;
    JobManager manager(directory.path());
    JobsDock dock;
    dock.setJobManager(&manager);
    dock.setClient(m_client.get(), m_server.orgId());
    QList<DirectoryUser> people =
        pick(m_people, m_used, 2, [](const DirectoryUser &u) { return u.status == u"active"_qs; });
    people += pick(m_people, m_used, 1,
                   [](const DirectoryUser &u) { return u.status == u"suspended"_qs; });
    sandbox::FaultRule refused;
    refused.pathPattern = QRegularExpression(people.at(1).accountId + u"/suspend$"_qs);
    refused.status = 409;
    m_server.sandbox()->addFault(refused);
    JobSpec spec;
    spec.operation = UserOperations::suspend();
    spec.title = u"Suspend"_qs;
    spec.orgId = m_server.orgId();
    BulkJob *job =
        manager.start(m_client.get(), spec, UserOperations::itemsFor(spec.operation, people));
    QVERIFY(waitForEnd(job));
    QVERIFY(dock.retryButton()->isEnabled());
    const QString path = directory.filePath(u"results.csv"_qs);
    QVERIFY(dock.exportResults(job, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.at(0), QByteArray("id,name,result,reason\r"));
    QCOMPARE(lines.at(1),
             (people.at(0).accountId + u","_qs + people.at(0).email + u",done,\r"_qs).toUtf8());
    QVERIFY(lines.at(2).startsWith(
        (people.at(1).accountId + u","_qs + people.at(1).email + u",failed,\""_qs).toUtf8()));
    QVERIFY(lines.at(2).contains("HTTP 409"));
    QCOMPARE(lines.at(3), (people.at(2).accountId + u","_qs + people.at(2).email +
                           u",skipped,Already suspended\r"_qs)
                              .toUtf8());
}

void TestJobsDock::aJobWhoseConnectionClosesCanBeResumed()
{
    QTemporaryDir directory;
    JobManager manager(directory.path());
    JobsDock dock;
    dock.setJobManager(&manager);
    const QList<DirectoryUser> people =
        pick(m_people, m_used, 20, [](const DirectoryUser &u) { return u.status == u"active"_qs; });
    auto closing = std::make_unique<ApiClient>(m_server.baseUrl());
    closing->setApiKey(m_server.apiKey());
    m_server.sandbox()->setLatency(40);
    JobSpec spec;
    spec.operation = UserOperations::suspend();
    spec.title = u"Suspend access: 20 people"_qs;
    spec.orgId = m_server.orgId();
    BulkJob *job =
        manager.start(closing.get(), spec, UserOperations::itemsFor(spec.operation, people));
    QTRY_VERIFY(job->count(JobItem::State::Done) >= 4);
    closing.reset(); // the connection goes (another profile was opened, say)
    QCOMPARE(job->status(), BulkJob::Status::Interrupted);
    QCOMPARE(dock.model()->indexOf(job, JobsModel::Status).data().toString(), u"Interrupted"_qs);
    m_server.sandbox()->setLatency(0);

    // Back on that organization: offered, resumed, finished, nothing sent twice.
    dock.setClient(m_client.get(), m_server.orgId());
    QVERIFY(dock.resumeOfferText().startsWith(u"\u201cSuspend access: 20 people\u201d"_qs));
    dock.resumeOffered();
    QTRY_COMPARE(manager.jobs().size(), 1); // the interrupted one is replaced
    BulkJob *resumed = manager.jobs().first();
    QVERIFY(resumed != job || resumed->status() != BulkJob::Status::Interrupted);
    QVERIFY(waitForEnd(resumed));
    QCOMPARE(resumed->count(JobItem::State::Done), 20);
    for (const DirectoryUser &person : people) {
        int suspends = 0;
        for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests())
            suspends += request.path.endsWith(person.accountId + u"/suspend"_qs) ? 1 : 0;
        QCOMPARE(suspends, 1);
        QCOMPARE(statusOf(*m_users, person.accountId), u"suspended"_qs);
    }
}

QTEST_MAIN(TestJobsDock)
#include "tst_jobsdock.moc"
