// The invite dialog in the Users area, offscreen, against the sandbox: five addresses pasted
// (one already a member, one a seat past the limit of acme-partners), the dialog says who is
// already here, the confirmation counts them, the jobs view shows five results with their
// reasons, and the invited people appear in Users. Also "Invite into this group" in Groups.
// With ORGDESK_SCREENSHOT_DIR set it saves the dialog and the results to look at.

#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "GroupsModel.h"
#include "GroupsPane.h"
#include "InviteDialog.h"
#include "InviteGroupsField.h"
#include "JobManager.h"
#include "JobsDock.h"
#include "JobsModel.h"
#include "PeopleFixture.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "TestServer.h"
#include "UsersModel.h"
#include "UsersPane.h"
#include "WorkspacePicker.h"
#include "WorkspaceRoleFields.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace PeopleFixture;

class TestInviteDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { ConfirmDialog::setTestResponder(nullptr); }
    void fiveAddressesFiveResults();
    void inviteIntoThisGroup();

private:
    void pickWorkspace(InviteDialog *dialog, const QString &name, const QString &role);
    QList<QJsonObject> invitePosts() const;

    TestServer m_server;
    QTemporaryDir m_journal;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<QMainWindow> m_window;
    JobsDock *m_dock = nullptr;
};

void TestInviteDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The Users area as it lists from the server; the directory cache has its own tests.
    Settings().setValue(SettingKeys::directoryCache, false);
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Invites people: needs the in-process sandbox.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 300, 7}));
    m_server.sandbox()->setInviteAcceptDelay(600000);
    m_connection =
        std::make_unique<Connection>(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    m_jobs = std::make_unique<JobManager>(m_journal.path());
    m_window = std::make_unique<QMainWindow>();
    m_window->resize(1300, 800);
    m_dock = new JobsDock(m_window.get());
    m_dock->setJobManager(m_jobs.get());
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
}

QList<QJsonObject> TestInviteDialog::invitePosts() const
{
    QList<QJsonObject> posts;
    for (const auto &request : m_server.sandbox()->receivedRequests()) {
        if (request.path.endsWith(u"/users/invite"_qs))
            posts.append(QJsonDocument::fromJson(request.body).object());
    }
    return posts;
}

void TestInviteDialog::pickWorkspace(InviteDialog *dialog, const QString &name, const QString &role)
{
    WorkspacePicker *picker = dialog->workspaceFields()->picker();
    picker->setSearchText(name);
    QVERIFY(QTest::qWaitFor(
        [&] { return !picker->isLoading() && picker->selectedWorkspaceName() == name; }, 10000));
    QVERIFY(dialog->workspaceFields()->setRole(role));
}

void TestInviteDialog::fiveAddressesFiveResults()
{
    auto *pane = new UsersPane(m_connection.get());
    m_window->setCentralWidget(pane);
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->loadedCount() > 0, 20000);
    QVERIFY(pane->inviteButton()->isEnabled());
    QTest::mouseClick(pane->inviteButton(), Qt::LeftButton);
    auto *dialog = pane->findChild<InviteDialog *>();
    QVERIFY(dialog);

    dialog->setAddresses(u"Ines Moreau <ines.moreau@partners.example>\n"
                         "priya.sharma@acmelabs.io, kofi.mensah@partners.example\n"
                         "li.wei@partners.example; sara.berg@partners.example"_qs);
    pickWorkspace(dialog, u"acme-partners"_qs, u"atlassian/user"_qs);
    QVERIFY(dialog->addGrant());
    QCOMPARE(dialog->grants().size(), 1);
    dialog->notifyBox()->setChecked(true);
    dialog->messageEdit()->setPlainText(u"Welcome to the partner wiki."_qs);
    // The dialog says who is already in the organization, found by exact e-mail.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCheckingMembers() &&
                                 dialog->membersText().contains(u"priya.sharma@acmelabs.io"_qs),
                             10000);
    QVERIFY2(dialog->membersText().startsWith(u"5 address(es). Already in the organization"_qs),
             qPrintable(dialog->membersText()));
    QCOMPARE(dialog->findChild<QLabel *>(u"inviteMembers"_qs)->text(), dialog->membersText());
    shoot(dialog, u"invite-dialog.png"_qs);

    QString question, details;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *confirm) {
        question = confirm->request().question;
        details = confirm->request().details;
        confirm->confirmButton()->click();
    });
    m_server.sandbox()->clearReceivedRequests();
    dialog->accept();
    QTRY_VERIFY(!question.isEmpty());
    QCOMPARE(question, u"Invite 5 person(s)?"_qs); // English plurals come with the translation
    QVERIFY2(details.contains(u"1 of them already in the organization"_qs), qPrintable(details));
    QVERIFY(details.contains(u"An invitation e-mail is sent."_qs));

    // Five results in the jobs view, one per address, with the reasons.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_dock->currentJob() && m_dock->currentJob()->status() == BulkJob::Status::Finished, 20000);
    BulkJob *job = m_dock->currentJob();
    QCOMPARE(job->items().size(), 5);
    QCOMPARE(job->count(JobItem::State::Done), 4);
    QCOMPARE(job->count(JobItem::State::Failed), 1);
    QCOMPARE(job->items().at(1).reason,
             u"Already in the organization: given User on acme-partners"_qs);
    QCOMPARE(job->items().at(0).reason, u"Invited: User on acme-partners"_qs);
    QVERIFY(job->items().at(4).reason.contains(u"No licence is left"_qs));
    const QList<QJsonObject> posts = invitePosts();
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first()[u"emails"_qs].toArray().size(), 5);
    QCOMPARE(posts.first()[u"notificationText"_qs].toString(), u"Welcome to the partner wiki."_qs);

    const QModelIndex jobRow = m_dock->model()->indexOf(job);
    m_dock->view()->expand(jobRow);
    QCOMPARE(m_dock->model()->rowCount(jobRow), 5);
    QStringList details5;
    for (int row = 0; row < 5; ++row)
        details5.append(m_dock->model()->index(row, JobsModel::Detail, jobRow).data().toString());
    QVERIFY2(details5.at(4).contains(u"No licence is left"_qs), qPrintable(details5.join(u'\n')));

    // The invited people appear in Users, as not invited until they accept.
    pane->searchField()->setText(u"partners.example"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->isLoading() && pane->model()->rowCount() == 3, 20000);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(pane->model()->userAt(row).status, u"not_invited"_qs);
    shoot(m_window.get(), u"invite-results.png"_qs);
    m_window->setCentralWidget(nullptr);
}

void TestInviteDialog::inviteIntoThisGroup()
{
    auto *pane = new GroupsPane(m_connection.get());
    m_window->setCentralWidget(pane);
    pane->searchField()->setText(u"legal"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->isLoading() && pane->model()->rowCount() == 1 &&
                                 pane->model()->groupAt(0).name == u"legal"_qs,
                             20000);
    pane->view()->selectRow(0);
    QTRY_COMPARE(pane->currentGroup().name, u"legal"_qs);
    QTRY_VERIFY(pane->inviteButton()->isEnabled());
    InviteDialog *dialog = pane->openInvite();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->groupsField()->isLoading(), 10000);
    const QList<InviteSpec::GroupRef> checked = dialog->groupsField()->checkedGroups();
    QCOMPARE(checked.size(), 1);
    QCOMPARE(checked.first().name, u"legal"_qs);
    dialog->setAddresses(u"grace.hopper@guild.example"_qs);
    ConfirmDialog::setTestResponder(
        [](ConfirmDialog *confirm) { confirm->confirmButton()->click(); });
    m_server.sandbox()->clearReceivedRequests();
    const qsizetype jobsBefore = m_jobs->jobs().size();
    dialog->accept(); // a group alone is enough to invite into
    QTRY_VERIFY_WITH_TIMEOUT(m_jobs->jobs().size() == jobsBefore + 1 &&
                                 m_jobs->jobs().last()->status() == BulkJob::Status::Finished,
                             20000);
    QCOMPARE(m_jobs->jobs().last()->items().first().reason, u"Invited: group legal"_qs);
    const QList<QJsonObject> posts = invitePosts();
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first()[u"additionalGroups"_qs].toArray().first().toString(),
             pane->currentGroup().id);
    QTRY_VERIFY_WITH_TIMEOUT(pane->currentGroup().userCount > 0, 10000);
    m_window->setCentralWidget(nullptr);
}

QTEST_MAIN(TestInviteDialog)
#include "tst_invitedialog.moc"
