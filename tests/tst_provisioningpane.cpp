// The Provisioning area as a person uses it (offscreen), against the sandbox's SCIM directories:
// without a key it says how to add one; a wrong key is refused in words, the sandbox's own is
// filled in and saved; the Users tab lists the records with their accounts, searches by exact
// user name and deactivates as a job; the Groups tab shows members and adds one by user name; the
// link check finds every seeded problem, and the e-mail conflict is repaired step by step until
// the push succeeds. The Users area shows a person's SCIM links.

#include "AreaLink.h"
#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "FieldListPane.h"
#include "JobLauncher.h"
#include "MemoryCredentialStore.h"
#include "MessagePanel.h"
#include "PeopleFixture.h"
#include "PersonScimLinksView.h"
#include "ProfileManager.h"
#include "ProvisioningPane.h"
#include "SandboxServer.h"
#include "ScimFindingsModel.h"
#include "ScimGroupsModel.h"
#include "ScimGroupsView.h"
#include "ScimKeyDialog.h"
#include "ScimKeyring.h"
#include "ScimLinkCheckView.h"
#include "ScimRepairDialog.h"
#include "ScimService.h"
#include "ScimUsersModel.h"
#include "ScimUsersView.h"
#include "Settings.h"
#include "TestServer.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using sandbox::ScimDirectoryInfo;

class TestProvisioningPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void withoutAKeyTheAreaSaysHowToAddOne();
    void aWrongKeyIsRefusedInWordsAndTheSandboxsOwnIsSaved();
    void usersTabListsRecordsWithTheirAccounts();
    void deactivatingRecordsRunsAsAJob();
    void groupsTabShowsMembersAndAddsOneByUserName();
    void linkCheckFindsEverySeededProblem();
    void pushConflictIsRepairedStepByStep();
    void aPersonsScimLinksShowInTheirDetail();

private:
    void addKey(const ScimDirectoryInfo &directory);
    void openPane();
    int rowOf(const QAbstractItemModel *model, int column, const QString &text) const;

    TestServer m_server;
    QList<ScimDirectoryInfo> m_directories;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<ProfileManager> m_profiles;
    QString m_profileId;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<ProvisioningPane> m_pane;
};

void TestProvisioningPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // job journals go to a test location
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 1000, 5}));
    if (m_server.isExternal())
        QSKIP("Changes SCIM records: sandbox only.");
    m_directories = m_server.sandbox()->scimDirectories();
    QCOMPARE(m_directories.size(), 2);
}

void TestProvisioningPane::init()
{
    static int run = 0;
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s%1.conf").arg(++run)));
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_profiles = std::make_unique<ProfileManager>(m_settings.get(), m_keychain.get());
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Sandbox");
    profile.kind = Profile::Kind::Sandbox;
    profile.orgId = m_server.orgId();
    profile.baseUrl = m_server.baseUrl();
    QVERIFY(m_profiles->saveForSession(profile, QString()));
    m_profileId = profile.id;
    m_connection =
        std::make_unique<Connection>(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    auto *keys = new ScimKeyring(m_profiles.get(), m_profileId, m_connection.get());
    QList<ScimDirectoryKeyHint> hints;
    for (const ScimDirectoryInfo &directory : std::as_const(m_directories))
        hints.append({directory.directoryId, directory.name, directory.apiKey});
    keys->setSandboxKeys(hints);
    m_connection->setScimKeys(keys);
}

void TestProvisioningPane::cleanup()
{
    ConfirmDialog::setTestResponder(nullptr);
    m_pane.reset();
    m_connection.reset();
    m_profiles.reset();
    m_keychain.reset();
    m_settings.reset();
}

void TestProvisioningPane::openPane()
{
    m_pane = std::make_unique<ProvisioningPane>(m_connection.get());
    m_pane->resize(1400, 800);
    m_pane->show();
}

void TestProvisioningPane::addKey(const ScimDirectoryInfo &directory)
{
    bool saved = false;
    m_profiles->saveScimKey(m_profileId, directory.directoryId, directory.apiKey, this,
                            [&saved](const CredentialResult &result) { saved = result.ok(); });
    QTRY_VERIFY(saved);
    QVERIFY(m_profiles->nameScimDirectory(m_profileId, directory.directoryId, directory.name));
}

int TestProvisioningPane::rowOf(const QAbstractItemModel *model, int column,
                                const QString &text) const
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

void TestProvisioningPane::withoutAKeyTheAreaSaysHowToAddOne()
{
    openPane();
    QVERIFY(m_pane->messageText().contains(u"No SCIM directory key"_qs));
    QVERIFY(m_pane->messageText().contains(u"admin API key does not open it"_qs));
    QVERIFY(!m_pane->directoryPicker()->isEnabled());
    m_server.sandbox()->clearReceivedRequests();
    QTest::qWait(100);
    QVERIFY(m_server.sandbox()->receivedRequests().isEmpty()); // nothing is called without a key
}

void TestProvisioningPane::aWrongKeyIsRefusedInWordsAndTheSandboxsOwnIsSaved()
{
    openPane();
    m_pane->addKeyButton()->click();
    QPointer<ScimKeyDialog> dialog = m_pane->findChild<ScimKeyDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    PeopleFixture::shoot(dialog, u"scim-key-dialog.png"_qs);
    // The organization's key does not open a SCIM directory: said in words, nothing saved.
    dialog->directoryEdit()->setText(m_server.baseUrl().toString() + u"/scim/directory/"_qs +
                                     m_directories.at(0).directoryId);
    dialog->keyEdit()->setText(m_server.apiKey());
    dialog->accept();
    QTRY_VERIFY(!dialog->isApplying());
    QVERIFY2(dialog->problemText().contains(u"not this directory's SCIM key"_qs),
             qPrintable(dialog->problemText()));
    QVERIFY(m_profiles->profile(m_profileId)->scimDirectoryIds.isEmpty());

    // The sandbox's own key, picked from its list, works and is saved with the directory's name.
    QVERIFY(dialog->sandboxPicker()->isVisibleTo(dialog));
    dialog->sandboxPicker()->setCurrentIndex(1);
    emit dialog->sandboxPicker()->activated(1);
    QCOMPARE(dialog->keyEdit()->text(), m_directories.at(0).apiKey);
    dialog->accept();
    QTRY_VERIFY(!dialog); // closed, and deleted with it
    const Profile profile = *m_profiles->profile(m_profileId);
    QCOMPARE(profile.scimDirectoryIds, QStringList{m_directories.at(0).directoryId});
    QCOMPARE(profile.scimDirectoryLabel(m_directories.at(0).directoryId), m_directories.at(0).name);
    QVERIFY(
        m_keychain->contains(Profile::scimKeyEntry(m_profileId, m_directories.at(0).directoryId)));
    // The area opens the directory at once.
    QTRY_COMPARE(m_pane->directoryPicker()->currentText(), m_directories.at(0).name);
    QTRY_VERIFY(m_pane->usersView()->model()->rowCount() > 0);
}

void TestProvisioningPane::usersTabListsRecordsWithTheirAccounts()
{
    addKey(m_directories.at(0));
    openPane();
    ScimUsersView *users = m_pane->usersView();
    QTRY_VERIFY(users->model()->rowCount() > 0);
    QTRY_VERIFY(users->countLabel()->text().startsWith(u"100 of "_qs));
    // The Okta directory holds more than one page (100): Load all walks the pages.
    users->model()->fetchAll();
    QTRY_VERIFY(!users->model()->hasMore() && !users->model()->isLoading());
    QVERIFY(users->model()->rowCount() > 100);
    // Linked accounts' statuses come in as pages arrive.
    QTRY_VERIFY(
        !users->model()->index(0, ScimUsersModel::AccountStatus).data().toString().isEmpty());

    // The unlinked record, found by its exact user name.
    users->searchField()->setText(u"sam.okafor@acmelabs.io"_qs);
    QTRY_COMPARE(users->model()->rowCount(), 1);
    QTRY_VERIFY(!users->model()->isLoading());
    QCOMPARE(users->model()->index(0, ScimUsersModel::Account).data().toString(), u"Not linked"_qs);
    QVERIFY(users->selectSourceRow(0));
    QVERIFY(users->detailPane()->text().contains(u"Linked to no Atlassian account"_qs));
    QVERIFY(
        users->rawJson()->toPlainText().contains(u"\"userName\": \"sam.okafor@acmelabs.io\""_qs));

    // The orphan: linked to an account the organization does not have.
    users->searchField()->setText(u"jordan.ellis@acmelabs.io"_qs);
    QTRY_COMPARE(users->model()->rowCount(), 1);
    QTRY_COMPARE(users->model()->index(0, ScimUsersModel::Account).data().toString(),
                 u"No such account"_qs);

    // A value nobody has: SCIM matches exactly, and the message says so.
    users->searchField()->setText(u"sam.okafor"_qs);
    QTRY_VERIFY(users->messageText().contains(u"exact"_qs));
    PeopleFixture::shoot(m_pane.get(), u"provisioning-users-none.png"_qs);
    users->searchField()->clear();
    QTRY_VERIFY(users->model()->rowCount() > 0);
    users->selectSourceRow(0);
    QTRY_VERIFY(
        !users->model()->index(0, ScimUsersModel::AccountStatus).data().toString().isEmpty());
    PeopleFixture::shoot(m_pane.get(), u"provisioning-users.png"_qs);
}

void TestProvisioningPane::deactivatingRecordsRunsAsAJob()
{
    addKey(m_directories.at(0));
    openPane();
    ScimUsersView *users = m_pane->usersView();
    QTRY_VERIFY(users->model()->rowCount() > 5);
    QTRY_VERIFY(!users->model()->isLoading());
    // Two active records.
    QList<int> picked;
    for (int row = 0; row < users->model()->rowCount() && picked.size() < 2; ++row) {
        const ScimUser record = users->model()->recordAt(row);
        if (record.active.value_or(false) && !record.atlassianAccountId.isEmpty())
            picked.append(row);
    }
    QCOMPARE(picked.size(), 2);
    QStringList ids;
    users->view()->clearSelection();
    for (int row : picked) {
        ids.append(users->model()->recordAt(row).id);
        users->view()->selectionModel()->select(
            users->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QVERIFY(users->deactivateButton()->isEnabled());
    QString question;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        question = dialog->request().question;
        dialog->confirmButton()->click();
    });
    QPointer<BulkJob> job;
    connect(users->jobLauncher(), &JobLauncher::jobFinished, this,
            [&job](BulkJob *finished) { job = finished; });
    users->deactivateButton()->click();
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY2(question.contains(u"Deactivate 2 record"_qs), qPrintable(question));
    QVERIFY(question.contains(u"accounts are deactivated too"_qs));
    QTRY_VERIFY(job);
    QCOMPARE(job->count(JobItem::State::Done), 2);
    // The server holds them inactive.
    ScimService scim(m_pane->service()->client(), m_directories.at(0).directoryId);
    for (const QString &id : ids) {
        bool checked = false;
        scim.user(id, this, [&checked](const ApiResult<ScimUser> &result) {
            QVERIFY(result.ok());
            QCOMPARE(result.value.active, std::optional<bool>(false));
            checked = true;
        });
        QTRY_VERIFY(checked);
    }
}

void TestProvisioningPane::groupsTabShowsMembersAndAddsOneByUserName()
{
    addKey(m_directories.at(0));
    openPane();
    m_pane->tabs()->setCurrentWidget(m_pane->groupsView());
    ScimGroupsView *groups = m_pane->groupsView();
    QTRY_VERIFY(groups->model()->rowCount() > 0);
    int withMembers = -1;
    for (int row = 0; row < groups->model()->rowCount() && withMembers < 0; ++row) {
        if (!groups->model()->groupAt(row).members.isEmpty())
            withMembers = row;
    }
    QVERIFY(withMembers >= 0);
    QVERIFY(groups->selectSourceRow(withMembers));
    const ScimGroup group = groups->model()->groupAt(withMembers);
    QCOMPARE(groups->members()->count(), group.members.size());
    PeopleFixture::shoot(m_pane.get(), u"provisioning-groups.png"_qs);

    // A new group, then a member added by user name; a name nobody has is reported.
    groups->createButton()->click();
    auto *name = groups->findChild<QInputDialog *>(u"scimGroupNameDialog"_qs);
    QVERIFY(name);
    name->setTextValue(u"provisioning-test-crew"_qs);
    name->accept();
    QTRY_VERIFY2(groups->resultText().contains(u"Created the group"_qs),
                 qPrintable(groups->resultText()));
    groups->searchField()->setText(u"provisioning-test-crew"_qs);
    QTRY_VERIFY(groups->model()->rowCount() == 1 && !groups->model()->isLoading());
    QVERIFY(groups->selectSourceRow(0));
    QCOMPARE(groups->members()->count(), 0);
    ScimUsersModel *records = m_pane->usersView()->model();
    QTRY_VERIFY(records->rowCount() > 0 && !records->isLoading());
    QString newMember;
    for (int row = 0; row < records->rowCount() && newMember.isEmpty(); ++row) {
        const ScimUser record = records->recordAt(row);
        if (!record.atlassianAccountId.isEmpty() && record.active.value_or(false))
            newMember = record.userName;
    }
    QVERIFY(!newMember.isEmpty());
    groups->addMembersButton()->click();
    auto *ask = groups->findChild<QInputDialog *>(u"scimGroupMembersDialog"_qs);
    QVERIFY(ask);
    ask->setTextValue(newMember + u"\nnobody@acmelabs.io"_qs);
    ask->accept();
    QTRY_VERIFY2(groups->resultText().contains(u"Added 1 member"_qs),
                 qPrintable(groups->resultText()));
    QVERIFY(groups->resultText().contains(u"nobody@acmelabs.io"_qs));
    QCOMPARE(groups->members()->count(), 1);
}

void TestProvisioningPane::linkCheckFindsEverySeededProblem()
{
    addKey(m_directories.at(0));
    addKey(m_directories.at(1));
    openPane();
    m_pane->tabs()->setCurrentWidget(m_pane->linkCheckView());
    ScimLinkCheckView *check = m_pane->linkCheckView();
    QTRY_VERIFY2(check->messageText().contains(u"Run the check"_qs),
                 qPrintable(check->messageText()));
    QTest::qWait(50);
    check->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(check->model()->rowCount() > 0, 20000);
    QTRY_VERIFY(!check->model()->isLoading());
    QStringList seen;
    for (int row = 0; row < check->model()->rowCount(); ++row) {
        const ScimLinkFinding finding = check->model()->findingAt(row);
        seen.append(ScimLinkFinding::kindKey(finding.kind) + u' ' + finding.userName + u' ' +
                    finding.accountEmail);
    }
    const QString all = seen.join(u'\n');
    QVERIFY2(all.contains(u"orphan_record jordan.ellis@acmelabs.io"_qs), qPrintable(all));
    QVERIFY2(all.contains(u"unlinked_record sam.okafor@acmelabs.io"_qs), qPrintable(all));
    QVERIFY2(all.contains(u"priya.sharma.2019@acmelabs.io"_qs), qPrintable(all));
    QVERIFY2(all.contains(u"wojciech.kowalski"_qs, Qt::CaseInsensitive), qPrintable(all));
    // Each with its reason in words, narrowed by kind.
    check->kindFilter()->setCurrentIndex(check->kindFilter()->findData(
        ScimLinkFinding::kindKey(ScimLinkFinding::Kind::OrphanRecord)));
    QTRY_VERIFY(check->view()->model()->rowCount() >= 1);
    for (int row = 0; row < check->view()->model()->rowCount(); ++row)
        QCOMPARE(check->view()->model()->index(row, ScimFindingsModel::Problem).data().toString(),
                 ScimLinkFinding::kindTitle(ScimLinkFinding::Kind::OrphanRecord));
    check->view()->selectRow(0);
    QVERIFY(!check->detailPane()->value(u"Why"_qs).isEmpty());
    check->kindFilter()->setCurrentIndex(0);
    PeopleFixture::shoot(m_pane.get(), u"provisioning-link-check.png"_qs);
    // The report as CSV: a header and one line per problem.
    const QString csv = m_dir.filePath(u"report.csv"_qs);
    QVERIFY(check->exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), check->model()->rowCount() + 1);
}

void TestProvisioningPane::pushConflictIsRepairedStepByStep()
{
    addKey(m_directories.at(0));
    addKey(m_directories.at(1));
    openPane();
    QTRY_VERIFY(m_pane->service());
    // The identity provider's push of Priya's address is refused: her account holds it.
    const QString address = u"priya.sharma@acmelabs.io"_qs;
    ApiError refused;
    bool answered = false;
    m_pane->service()->createUser(ScimService::newUser(address, u"Priya Sharma"_qs), this,
                                  [&](const ApiResult<ScimUser> &result) {
                                      refused = result.error;
                                      answered = true;
                                  });
    QTRY_VERIFY(answered);
    QCOMPARE(refused.httpStatus(), 409);

    ScimLinkCheckView *check = m_pane->linkCheckView();
    m_pane->tabs()->setCurrentWidget(check);
    check->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(check->model()->rowCount() > 0 && !check->model()->isLoading(), 20000);
    const int row = rowOf(check->view()->model(), ScimFindingsModel::Record,
                          u"priya.sharma.2019@acmelabs.io"_qs);
    QVERIFY(row >= 0);
    check->view()->selectRow(row);
    check->repairButton()->click();
    ScimRepairDialog *repair = check->openRepair();
    QVERIFY(repair && repair->isVisible());
    QCOMPARE(repair->stepCount(), 3);
    // Each call is shown before it is sent; only the first may be sent.
    QVERIFY(repair->callText(0).startsWith(u"PATCH /admin/user-provisioning/v1/org/"_qs));
    QVERIFY(repair->callText(0).endsWith(u"/unlink"_qs));
    QVERIFY(repair->callText(1).contains(u"/manage/email"_qs));
    QVERIFY(repair->callText(1).contains(u"priya.sharma.old@acmelabs.io"_qs));
    QVERIFY(repair->callText(2).startsWith(u"POST /scim/directory/"_qs));
    QVERIFY(!repair->sendButton(1)->isEnabled());
    PeopleFixture::shoot(repair, u"provisioning-repair-before.png"_qs);

    repair->sendButton(0)->click();
    QTRY_COMPARE(repair->resultText(0), u"Done."_qs);
    QVERIFY(repair->sendButton(1)->isEnabled());
    repair->sendButton(1)->click();
    QTRY_COMPARE(repair->resultText(1), u"Done."_qs);
    repair->sendButton(2)->click();
    QTRY_VERIFY2(repair->resultText(2) == u"Done."_qs, qPrintable(repair->resultText(2)));
    QCOMPARE(repair->currentStep(), 3);
    PeopleFixture::shoot(repair, u"provisioning-repair-after.png"_qs);

    // The push went through: the directory now has a record with the address.
    ScimQuery query;
    query.filter = ScimQuery::equals(u"userName"_qs, address);
    ScimUserPager *pager = m_pane->service()->users(query, this);
    QList<ScimUser> found;
    bool done = false;
    connect(pager, &ScimUserPager::usersReceived, this, [&](const QList<ScimUser> &users, bool) {
        found = users;
        done = true;
    });
    pager->fetchNext();
    QTRY_VERIFY(done);
    QCOMPARE(found.size(), 1);
    QVERIFY(!found.first().atlassianAccountId.isEmpty());
    // Closing the dialog runs the check again: the conflict is gone.
    repair->close();
    QTRY_VERIFY_WITH_TIMEOUT(!check->model()->isLoading() && check->model()->rowCount() > 0, 20000);
    QCOMPARE(rowOf(check->view()->model(), ScimFindingsModel::Record,
                   u"priya.sharma.2019@acmelabs.io"_qs) >= 0 &&
                 check->model()
                         ->findingAt(rowOf(check->model(), ScimFindingsModel::Record,
                                           u"priya.sharma.2019@acmelabs.io"_qs))
                         .kind == ScimLinkFinding::Kind::EmailDiffers,
             false);
}

void TestProvisioningPane::aPersonsScimLinksShowInTheirDetail()
{
    addKey(m_directories.at(0));
    addKey(m_directories.at(1));
    PersonScimLinksView links;
    links.setConnection(m_connection.get());
    // Wojciech Kowalski has a record in both directories: two links, each with its directory's
    // name, its SCIM id and (with the key) its external id.
    ScimService scim(ScimService::makeClient(m_server.baseUrl(), m_directories.at(0).directoryId,
                                             m_directories.at(0).apiKey, this),
                     m_directories.at(0).directoryId);
    ScimQuery query;
    query.filter = ScimQuery::equals(u"userName"_qs, u"wojciech.kowalski@acmelabs.io"_qs);
    ScimUserPager *pager = scim.users(query, this);
    QString accountId;
    connect(pager, &ScimUserPager::usersReceived, this, [&](const QList<ScimUser> &users, bool) {
        if (!users.isEmpty())
            accountId = users.first().atlassianAccountId;
    });
    pager->fetchNext();
    QTRY_VERIFY(!accountId.isEmpty());
    QSignalSpy loaded(&links, &PersonScimLinksView::loaded);
    links.load(accountId);
    QTRY_COMPARE(loaded.count(), 1);
    QTRY_COMPARE(links.linkTexts().size(), 2);
    const QString text = links.linkTexts().join(u'\n');
    QVERIFY2(text.contains(m_directories.at(0).name) && text.contains(m_directories.at(1).name),
             qPrintable(text));
    QTRY_VERIFY(links.linkTexts().join(u'\n').contains(u"external id"_qs));
    AreaLink opened;
    connect(&links, &PersonScimLinksView::openRequested, this,
            [&opened](const AreaLink &link) { opened = link; });
    links.findChild<QPushButton *>(u"scimLinkOpen"_qs)->click();
    QCOMPARE(opened.area, u"provisioning"_qs);
    QVERIFY(opened.filter == m_directories.at(0).directoryId ||
            opened.filter == m_directories.at(1).directoryId);
    QVERIFY(!opened.itemId.isEmpty());
}

QTEST_MAIN(TestProvisioningPane)
#include "tst_provisioningpane.moc"
