// The help-desk story in the window, as a new user tries it (offscreen): paste twenty e-mail
// addresses from a ticket, suspend them, watch each row turn done or failed with a reason, undo
// it, and find the same people again by "inactive for 90 days". With ORGDESK_SCREENSHOT_DIR
// set, it saves the confirmation, the jobs view with a failed row, and the filter chips there.
#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "JobJournal.h"
#include "JobManager.h"
#include "JobsDock.h"
#include "JobsModel.h"
#include "MainWindow.h"
#include "PasteListDialog.h"
#include "PeopleFixture.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserActions.h"
#include "UserFilterBar.h"
#include "UserOperations.h"
#include "UsersModel.h"
#include "UsersPane.h"
#include "WindowTools.h"

#include <QAction>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace PeopleFixture;
using sandbox::FaultRule;

class TestHelpdeskWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void pasteSuspendUndoAndFindAgain();
    void aJobLeftUnfinishedIsOfferedAtTheNextStart();

private:
    static void shoot(QWidget *widget, const QString &name);
    static QSet<QString> accountIdsShown(QTableView *view);
    static QHash<QString, QString> statusesShown(QTableView *view);

    TestServer m_server;
    QList<DirectoryUser> m_people;
};

void TestHelpdeskWindow::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Changes people: needs the in-process sandbox.");
    QStandardPaths::setTestModeEnabled(true);
    QDir(JobManager::defaultJournalDirectory()).removeRecursively();
    // English plural forms ("20 people"), as the app loads them.
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/orgdesk_en.qm"_qs));
    QCoreApplication::installTranslator(english);
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 2000, 1}));
    Connection connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    m_people = loadAll(connection.users());
    QCOMPARE(m_people.size(), 2000);
}

void TestHelpdeskWindow::cleanup()
{
    ConfirmDialog::setTestResponder(nullptr);
}

void TestHelpdeskWindow::shoot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("ORGDESK_SCREENSHOT_DIR");
    if (directory.isEmpty() || !widget)
        return;
    QDir().mkpath(directory);
    widget->grab().save(QDir(directory).filePath(name));
}

QSet<QString> TestHelpdeskWindow::accountIdsShown(QTableView *view)
{
    QSet<QString> ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids.insert(view->model()->index(row, 0).data(UsersModel::AccountIdRole).toString());
    return ids;
}

QHash<QString, QString> TestHelpdeskWindow::statusesShown(QTableView *view)
{
    QHash<QString, QString> statuses;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, UsersModel::Status);
        statuses.insert(index.data(UsersModel::AccountIdRole).toString(),
                        index.data(UsersModel::RawValueRole).toString());
    }
    return statuses;
}

void TestHelpdeskWindow::pasteSuspendUndoAndFindAgain()
{
    // Twenty people who have not been active for 90 days, as the ticket lists them.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> used;
    const QList<DirectoryUser> ticket = pick(m_people, used, 20, [&](const DirectoryUser &u) {
        return u.status == u"active"_qs && !u.name.isEmpty() &&
               (!u.lastActive().isValid() || u.lastActive() < now.addDays(-91));
    });
    QCOMPARE(ticket.size(), 20);
    QSet<QString> ticketIds;
    QStringList lines;
    for (const DirectoryUser &person : ticket) {
        ticketIds.insert(person.accountId);
        // As tickets have them: some bare, some "Name <address>", mixed separators.
        lines.append(lines.size() % 3 == 0 ? u"%1 <%2>"_qs.arg(person.name, person.email)
                                           : person.email.toUpper());
    }
    lines.append(u"ghost.person@acme-robotics.com"_qs);

    MainWindow window;
    window.resize(1500, 940);
    auto *connection = new Connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    connection->setSandbox(true);
    window.setConnection(connection);
    window.showArea(u"users"_qs); // the test is about the Users area
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tools = window.findChild<WindowTools *>();
    QVERIFY(tools);
    auto *pane = qobject_cast<UsersPane *>(window.pane(u"users"_qs));
    QVERIFY(pane);
    QTableView *view = pane->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 15000);

    // Paste the list: twenty found, the one that matched nobody listed.
    pane->openPasteList();
    auto *paste = window.findChild<PasteListDialog *>();
    QVERIFY(paste);
    paste->setText(lines.join(u"\n"_qs));
    QSignalSpy resolved(paste, &PasteListDialog::resolved);
    QTest::mouseClick(paste->findButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 1, 15000);
    QCOMPARE(paste->found().size(), 20);
    QCOMPARE(paste->unresolved(), QStringList{u"ghost.person@acme-robotics.com"_qs});
    QVERIFY2(paste->resultText().startsWith(u"Found 20 people; 1 entry matched nobody"_qs),
             qPrintable(paste->resultText()));
    QVERIFY(paste->findChild<QListWidget *>(u"unresolvedList"_qs)->isVisible());
    shoot(paste, u"paste-list.png"_qs);
    QTest::mouseClick(paste->selectButton(), Qt::LeftButton);

    // The table shows exactly them, all selected, behind a removable chip.
    QTRY_COMPARE_WITH_TIMEOUT(accountIdsShown(view), ticketIds, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(view->selectionModel()->selectedRows().size(), 20, 10000);
    QCOMPARE(pane->filterBar()->chipTexts(), QStringList{u"From a list: 20 people"_qs});
    QAction *suspend = pane->actions()->action(UserOperations::suspend());
    QVERIFY(suspend->isEnabled());
    QVERIFY(!pane->actions()->action(UserOperations::restore())->isEnabled());

    // Two of them fail: one refused (409), one where the server keeps failing.
    FaultRule refused;
    refused.pathPattern = QRegularExpression(ticket.at(3).accountId + u"/suspend$"_qs);
    refused.status = 409;
    m_server.sandbox()->addFault(refused);
    FaultRule broken;
    broken.pathPattern = QRegularExpression(ticket.at(7).accountId + u"/suspend$"_qs);
    broken.status = 500;
    broken.count = 0; // every time
    m_server.sandbox()->addFault(broken);

    // Suspend: the confirmation names the action, the count and the first names, in the table's
    // order (the ticket's without a directory cache, by name over one).
    const QString firstShown = view->model()->index(0, UsersModel::Name).data().toString();
    QString question, names;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        question = dialog->request().question;
        names = dialog->namesText();
        dialog->setReason(u"HD-4821: contractors leaving"_qs);
        shoot(dialog, u"confirm-suspend.png"_qs);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    });
    suspend->trigger();
    QTRY_VERIFY(!question.isEmpty());
    QCOMPARE(question, u"Suspend access for 20 people?"_qs);
    QVERIFY2(names.startsWith(firstShown) && names.endsWith(u"and 15 more"_qs), qPrintable(names));

    // The jobs view shows the job, each row turning done or failed with a reason.
    JobsDock *dock = tools->jobsDock();
    QTRY_VERIFY(dock->isVisible());
    QTRY_COMPARE(dock->jobManager()->jobs().size(), 1);
    BulkJob *job = dock->jobManager()->jobs().first();
    QCOMPARE(job->spec().reason, u"HD-4821: contractors leaving"_qs);
    QVERIFY(waitForEnd(job, 60000));
    QCOMPARE(job->count(JobItem::State::Done), 18);
    QCOMPARE(job->count(JobItem::State::Failed), 2);
    JobsModel *jobs = dock->model();
    const QModelIndex jobRow = jobs->indexOf(job);
    QVERIFY(dock->view()->isExpanded(jobRow));
    QTRY_COMPARE(jobRow.siblingAtColumn(JobsModel::Status).data().toString(),
                 u"Finished with failures"_qs);
    QCOMPARE(jobRow.siblingAtColumn(JobsModel::Detail).data().toString(), u"18 done, 2 failed"_qs);
    int failedRows = 0;
    for (int row = 0; row < jobs->rowCount(jobRow); ++row) {
        const QModelIndex item = jobs->index(row, JobsModel::Status, jobRow);
        if (item.data().toString() != u"Failed"_qs)
            continue;
        ++failedRows;
        const QString reason = jobs->index(row, JobsModel::Detail, jobRow).data().toString();
        QVERIFY2(reason.contains(u"HTTP 409"_qs) || reason.contains(u"HTTP 500"_qs),
                 qPrintable(reason));
    }
    QCOMPARE(failedRows, 2);
    // The table now shows them suspended (and keeps them selected).
    QTRY_VERIFY_WITH_TIMEOUT(statusesShown(view).value(ticket.at(0).accountId) == u"suspended"_qs,
                             15000);
    QCOMPARE(statusesShown(view).value(ticket.at(3).accountId), u"active"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(view->selectionModel()->selectedRows().size(), 20, 10000);
    dock->view()->scrollTo(jobs->index(7, 0, jobRow));
    shoot(&window, u"jobs-failed-row.png"_qs);

    // Undo: the inverse verb on the eighteen it changed.
    m_server.sandbox()->clearFaults();
    dock->selectJob(job);
    QVERIFY(dock->undoButton()->isEnabled());
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        question = dialog->request().question;
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    });
    QTest::mouseClick(dock->undoButton(), Qt::LeftButton);
    QTRY_COMPARE(dock->jobManager()->jobs().size(), 2);
    QVERIFY(question.contains(u"Restore access for the 18 it changed"_qs));
    BulkJob *undo = dock->jobManager()->jobs().last();
    QCOMPARE(undo->spec().operation, UserOperations::restore());
    QVERIFY(waitForEnd(undo, 60000));
    QCOMPARE(undo->count(JobItem::State::Done), 18);

    // Find the same people again by "inactive for 90 days": all there, all active.
    UserFilter inactive;
    inactive.inactiveDays = 90;
    inactive.statuses = {u"active"_qs};
    pane->filterBar()->change(inactive);
    QCOMPARE(pane->filterBar()->chipTexts(),
             (QStringList{u"Status: Active"_qs, u"Inactive for 90+ days"_qs}));
    QTRY_VERIFY(pane->filterBar()->chip(u"inactive"_qs)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->hasMore() && !pane->model()->isLoading(), 30000);
    // Over the directory cache's rows, the refresh after the undo turns them active in place.
    QTRY_VERIFY_WITH_TIMEOUT(accountIdsShown(view).contains(ticketIds), 30000);
    const QHash<QString, QString> statuses = statusesShown(view);
    for (const QString &id : std::as_const(ticketIds))
        QCOMPARE(statuses.value(id), u"active"_qs);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QDateTime last = view->model()
                                   ->index(row, UsersModel::LastActive)
                                   .data(UsersModel::RawValueRole)
                                   .toDateTime();
        QVERIFY(!last.isValid() || last < now.addDays(-90));
    }
    view->selectionModel()->clearSelection();
    view->scrollToTop();
    shoot(&window, u"filters-inactive-90.png"_qs);
}

void TestHelpdeskWindow::aJobLeftUnfinishedIsOfferedAtTheNextStart()
{
    // What a window that crashed mid-job left in its journal: 3 of 8 done, one in flight.
    QSet<QString> used;
    for (const DirectoryUser &user : m_people) {
        if (user.status != u"active"_qs)
            used.insert(user.accountId);
    }
    const QList<DirectoryUser> people = pick(
        m_people, used, 8, [](const DirectoryUser &u) { return u.email.contains(u"wang"_qs); });
    QCOMPARE(people.size(), 8);
    JobSpec spec;
    spec.id = u"crashed-job"_qs;
    spec.operation = UserOperations::suspend();
    spec.title = u"Suspend access: 8 people"_qs;
    spec.orgId = m_server.orgId();
    spec.createdAt = QDateTime::currentDateTimeUtc();
    {
        JobJournal journal(JobManager::defaultJournalDirectory());
        const QList<JobItem> items = UserOperations::itemsFor(spec.operation, people);
        journal.create(spec, items);
        for (int i = 0; i < 4; ++i) {
            JobItem item = items.at(i);
            item.state = i < 3 ? JobItem::State::Done : JobItem::State::Running;
            journal.recordItem(spec.id, i, item);
        }
    }

    MainWindow window;
    auto *connection = new Connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    window.setConnection(connection);
    window.showArea(u"users"_qs); // the test is about the Users area
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JobsDock *dock = window.findChild<WindowTools *>()->jobsDock();
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(dock->resumeOfferText(), u"\u201cSuspend access: 8 people\u201d (3 of 8 done)"_qs);
    m_server.sandbox()->clearReceivedRequests();
    QTest::mouseClick(dock->findChild<QPushButton *>(u"resumeButton"_qs), Qt::LeftButton);
    QTRY_COMPARE(dock->jobManager()->jobs().size(), 1);
    BulkJob *job = dock->jobManager()->jobs().first();
    QVERIFY(waitForEnd(job));
    QCOMPARE(job->count(JobItem::State::Done), 8);
    // The one in flight was checked (a read), the four never sent were sent: five writes in all
    // would mean the one in flight was sent again without looking.
    int writes = 0;
    for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests())
        writes += request.path.endsWith(u"/suspend"_qs) ? 1 : 0;
    QCOMPARE(writes, 5); // it was never sent before the "crash": the check found it not done
    QVERIFY(dock->resumeOfferText().isEmpty());
}

QTEST_MAIN(TestHelpdeskWindow)
#include "tst_helpdeskwindow.moc"
