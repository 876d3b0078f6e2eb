// The Groups area as a person uses it (offscreen): the stats line and search; creating a group
// through the dialog (it appears selected); synced and default groups with their write actions
// disabled and the reason shown; adding members from a pasted list as one job; deleting with the
// name typed.

#include "AreaLink.h"
#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "GroupDetailView.h"
#include "GroupMembersModel.h"
#include "GroupRoleDialog.h"
#include "GroupService.h"
#include "GroupsListing.h"
#include "GroupsModel.h"
#include "GroupsPane.h"
#include "JobLauncher.h"
#include "JobManager.h"
#include "JobResultDialog.h"
#include "MainWindow.h"
#include "NewGroupDialog.h"
#include "PasteListDialog.h"
#include "PeopleFixture.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserFilterBar.h"
#include "UserService.h"
#include "UsersModel.h"
#include "UsersPane.h"
#include "WorkspacePicker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace GroupsListing;

class TestGroupsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statsLineAndSearch();
    void nameSortsOnTheServer();
    void createGroupThroughTheDialogAppearsSelected();
    void newGroupDialogChecksTheName();
    void syncedGroupIsReadOnlyWithTheReason();
    void defaultGroupCannotBeDeleted();
    void addMembersFromAPastedListAsOneJob();
    void deleteAsksForTheNameTyped();
    void grantARoleOnAWorkspaceThenRevokeIt();
    void usersGroupFilterListsEveryGroup();
    void showMembersInUsers();
    void linkFromAnotherAreaPicksTheGroup();
    void readyOnceTheFirstGroupsMembersShow();

private:
    void select(const QString &name);
    NewGroupDialog *openNewGroupDialog();

    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<GroupsPane> m_pane;
};

void TestGroupsPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // job journals go to a test location
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 500, 4}));
    if (m_server.isExternal())
        QSKIP("Creates groups and changes members: sandbox only.");
}

void TestGroupsPane::init()
{
    m_connection =
        std::make_unique<Connection>(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    m_server.sandbox()->clearReceivedRequests();
    m_pane = std::make_unique<GroupsPane>(m_connection.get());
    new QAbstractItemModelTester(m_pane->model(), m_pane.get());
    new QAbstractItemModelTester(m_pane->detail()->membersModel(), m_pane.get());
    m_pane->resize(1300, 760);
    m_pane->show();
    QTRY_VERIFY(m_pane->model()->rowCount() >= 20);
}

void TestGroupsPane::cleanup()
{
    ConfirmDialog::setTestResponder(nullptr);
    m_pane.reset();
    m_connection.reset();
}

void TestGroupsPane::select(const QString &name)
{
    m_pane->model()->fetchAll();
    QTRY_VERIFY(!m_pane->model()->hasMore());
    for (int row = 0; row < m_pane->model()->rowCount(); ++row) {
        if (m_pane->model()->groupAt(row).name == name) {
            m_pane->view()->selectRow(row);
            QCOMPARE(m_pane->currentGroup().name, name);
            return;
        }
    }
    QFAIL(qPrintable(u"no group named "_qs + name));
}

NewGroupDialog *TestGroupsPane::openNewGroupDialog()
{
    m_pane->newGroupButton()->click();
    auto *dialog = m_pane->findChild<NewGroupDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestGroupsPane::statsLineAndSearch()
{
    QTRY_VERIFY(!m_pane->statsText().isEmpty());
    QCOMPARE(m_pane->statsText(), u"Groups: 30 \u00b7 managed here: 26 \u00b7 synced: 4"_qs);
    QCOMPARE(m_pane->currentGroup().name, u"ai-early-access"_qs);      // the first, picked
    QCOMPARE(m_pane->model()->groupAt(0).name, u"ai-early-access"_qs); // name order

    QTest::keyClicks(m_pane->searchField(), u"okta"_qs);
    QTRY_COMPARE(m_pane->model()->rowCount(), 4);
    QTRY_VERIFY(!m_pane->model()->isLoading());
    for (int row = 0; row < 4; ++row) {
        const QModelIndex source = m_pane->model()->index(row, GroupsModel::Source);
        QCOMPARE(source.data().toString(), u"Synced"_qs);
    }
    m_pane->searchField()->setText(u"no-such-group-anywhere"_qs);
    QTRY_COMPARE(m_pane->model()->rowCount(), 0);
    QTRY_VERIFY(m_pane->messageText().contains(u"no-such-group-anywhere"_qs));
}

void TestGroupsPane::nameSortsOnTheServer()
{
    QHeaderView *header = m_pane->view()->horizontalHeader();
    m_server.sandbox()->clearReceivedRequests();
    header->setSortIndicator(GroupsModel::Name, Qt::DescendingOrder);
    QTRY_COMPARE(m_pane->model()->groupAt(0).name, u"trello-users"_qs);
    bool askedDescending = false;
    for (const auto &request : m_server.sandbox()->receivedRequests()) {
        if (request.path.endsWith(u"/groups/search"_qs))
            askedDescending |= request.body.contains("\"desc\"");
    }
    QVERIFY(askedDescending);
    // Other columns do not sort: the arrow stays on the name.
    header->setSortIndicator(GroupsModel::Users, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(GroupsModel::Name));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_pane->model()->groupAt(0).name, u"trello-users"_qs);
}

void TestGroupsPane::createGroupThroughTheDialogAppearsSelected()
{
    QPointer<NewGroupDialog> dialog = openNewGroupDialog();
    QVERIFY(dialog);
    dialog->nameField()->setText(u"zz-design-reviewers"_qs); // sorts last
    dialog->descriptionField()->setPlainText(u"Reviews every design"_qs);
    // Every directory is shown: the dialog asks which one the group goes to.
    QTRY_COMPARE(dialog->directoryBox()->count(), 3);
    QVERIFY(dialog->directoryBox()->isVisible());
    dialog->directoryBox()->setCurrentIndex(1);
    const QString directory = dialog->directoryBox()->currentData().toString();
    dialog->applyButton()->click();
    QTRY_COMPARE(m_pane->currentGroup().name, u"zz-design-reviewers"_qs);
    QVERIFY(!dialog); // closed once created
    QCOMPARE(m_pane->detail()->group().description, u"Reviews every design"_qs);
    QCOMPARE(m_pane->detail()->group().directoryId, directory);
    QVERIFY(m_pane->deleteButton()->isEnabled());
    QVERIFY(m_pane->detail()->addMembersButton()->isEnabled());

    bool posted = false;
    for (const auto &request : m_server.sandbox()->receivedRequests()) {
        if (request.method == "POST" &&
            request.path.endsWith(u"/directories/"_qs + directory + u"/groups"_qs)) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            posted = body.value(u"name"_qs).toString() == u"zz-design-reviewers"_qs;
        }
    }
    QVERIFY(posted);
}

void TestGroupsPane::newGroupDialogChecksTheName()
{
    NewGroupDialog *dialog = openNewGroupDialog();
    QVERIFY(dialog);
    dialog->applyButton()->click();
    QVERIFY2(dialog->problemText().contains(u"Enter a name"_qs), qPrintable(dialog->problemText()));
    dialog->nameField()->setText(QString(300, u'x'));
    dialog->applyButton()->click();
    QVERIFY(dialog->problemText().contains(u"300"_qs));
    // A taken name: the server's refusal, in words, in place.
    dialog->nameField()->setText(u"ENGINEERING"_qs);
    dialog->applyButton()->click();
    QTRY_VERIFY(dialog->problemText().contains(u"already exists"_qs));
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestGroupsPane::syncedGroupIsReadOnlyWithTheReason()
{
    select(u"okta-synced-engineering"_qs);
    GroupDetailView *detail = m_pane->detail();
    const QString reason = u"Synced from your identity provider; change it there."_qs;
    QCOMPARE(detail->readOnlyReason(), reason);
    auto *label = detail->findChild<QLabel *>(u"groupReadOnlyReason"_qs);
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), reason);
    QVERIFY(!m_pane->deleteButton()->isEnabled());
    QCOMPARE(m_pane->deleteButton()->toolTip(), reason);
    QVERIFY(!detail->addMembersButton()->isEnabled());
    QCOMPARE(detail->addMembersButton()->toolTip(), reason);
    // Read-only, not hidden: the members and roles still show.
    QTRY_VERIFY(detail->membersModel()->rowCount() > 0);
    detail->membersView()->selectRow(0);
    QVERIFY(!detail->removeMembersButton()->isEnabled());
    QTRY_COMPARE(detail->rolesView()->topLevelItemCount(), 2);
    detail->rolesView()->setCurrentItem(detail->rolesView()->topLevelItem(0));
    QVERIFY(!detail->revokeRoleButton()->isEnabled());
    PeopleFixture::shoot(m_pane.get(), u"groups-synced.png"_qs);
}

void TestGroupsPane::defaultGroupCannotBeDeleted()
{
    select(u"confluence-users"_qs);
    QVERIFY(!m_pane->deleteButton()->isEnabled());
    QVERIFY(m_pane->deleteButton()->toolTip().contains(u"default access"_qs));
    // Its members can change: only the deletion is refused.
    QVERIFY(m_pane->detail()->addMembersButton()->isEnabled());
    QTRY_COMPARE(m_pane->detail()->rolesView()->topLevelItemCount(), 1);
    QCOMPARE(m_pane->detail()->rolesView()->topLevelItem(0)->text(2), u"Default access"_qs);
}

void TestGroupsPane::addMembersFromAPastedListAsOneJob()
{
    const GroupService &service = *m_pane->service();
    const Group group = create(service, u"paste-guild"_qs).value;
    QVERIFY(!group.id.isEmpty());
    m_pane->refresh();
    QTRY_VERIFY(m_pane->model()->rowCount() >= 20);
    select(u"paste-guild"_qs);

    // Three engineers by e-mail, one by account id, and one address nobody has.
    const QStringList ids =
        memberIds(m_connection->users(), findByName(service, u"engineering"_qs).value.id).mid(0, 4);
    QCOMPARE(ids.size(), 4);
    QStringList lines;
    UserQuery query;
    query.accountIds = ids.mid(0, 3);
    QList<DirectoryUser> three;
    QObject context;
    std::unique_ptr<UserPager> pager(m_connection->users().search(query));
    connect(pager.get(), &UserPager::usersReceived, &context,
            [&](const QList<DirectoryUser> &page) { three = page; });
    pager->fetchNext();
    QTRY_COMPARE(three.size(), 3);
    for (const DirectoryUser &person : three)
        lines.append(person.email);
    lines.append(ids.at(3));
    lines.append(u"nobody@nowhere.invalid"_qs);

    m_pane->detail()->addMembersButton()->click();
    auto *paste = m_pane->findChild<PasteListDialog *>();
    QVERIFY(paste && paste->isVisible());
    paste->setText(lines.join(u'\n'));
    paste->find();
    QTRY_VERIFY(paste->selectButton()->isEnabled());
    QCOMPARE(paste->unresolved(), QStringList{u"nobody@nowhere.invalid"_qs});
    paste->selectButton()->click();

    // One job, one row per person, in the jobs view (here: the launcher's result dialog).
    auto *launcher = m_pane->findChild<JobLauncher *>();
    QVERIFY(launcher);
    QTRY_COMPARE(launcher->jobManager()->jobs().size(), 1);
    BulkJob *job = launcher->jobManager()->jobs().first();
    QCOMPARE(job->items().size(), 4);
    QVERIFY(job->spec().title.contains(u"paste-guild"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(job->status() == BulkJob::Status::Finished, 20000);
    QCOMPARE(job->count(JobItem::State::Done), 4);
    QVERIFY(m_pane->findChild<JobResultDialog *>());

    // The members list and the row's count follow.
    QTRY_COMPARE(m_pane->detail()->membersModel()->rowCount(), 4);
    QTRY_COMPARE(m_pane->currentGroup().userCount, 4);
    QStringList got = memberIds(m_connection->users(), group.id), want = ids;
    got.sort();
    want.sort();
    QCOMPARE(got, want);

    // Undo (as the jobs view does it): they are out again, and the pane follows.
    BulkJob *undo = launcher->jobManager()->startUndo(m_connection->client(), job);
    QVERIFY(undo);
    QTRY_VERIFY_WITH_TIMEOUT(undo->status() == BulkJob::Status::Finished, 20000);
    QCOMPARE(undo->count(JobItem::State::Done), 4);
    QTRY_COMPARE(m_pane->detail()->membersModel()->rowCount(), 0);
    QTRY_COMPARE(m_pane->currentGroup().userCount, 0);
}

void TestGroupsPane::deleteAsksForTheNameTyped()
{
    const Group group = create(*m_pane->service(), u"short-lived"_qs).value;
    QVERIFY(!group.id.isEmpty());
    m_pane->refresh();
    QTRY_VERIFY(m_pane->model()->rowCount() >= 20);
    select(u"short-lived"_qs);
    bool asked = false;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        asked = true;
        QCOMPARE(dialog->requiredText(), u"short-lived"_qs);
        dialog->setTypedText(u"short"_qs);
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->setTypedText(u"short-lived"_qs);
        QVERIFY(dialog->confirmButton()->isEnabled());
        dialog->confirmButton()->click();
    });
    QVERIFY2(m_pane->deleteButton()->isEnabled(), qPrintable(m_pane->deleteButton()->toolTip()));
    m_pane->deleteButton()->click();
    QTRY_VERIFY(asked);
    QTRY_COMPARE(findByName(*m_pane->service(), u"short-lived"_qs).error.kind(),
                 ApiError::Kind::NotFound);
    QTRY_COMPARE(m_pane->model()->rowOf(group.id), -1);
}

void TestGroupsPane::grantARoleOnAWorkspaceThenRevokeIt()
{
    const GroupService &service = *m_pane->service();
    const Group group = create(service, u"firmware-reviewers"_qs).value;
    QVERIFY(!group.id.isEmpty());
    m_pane->refresh();
    m_pane->selectGroup(group.id);
    QTRY_COMPARE(m_pane->currentGroup().id, group.id);
    GroupDetailView *detail = m_pane->detail();
    QTRY_VERIFY(detail->rolesView()->topLevelItemCount() == 0);
    QVERIFY(detail->grantRoleButton()->isEnabled());

    int confirmations = 0;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *dialog) {
        ++confirmations;
        QVERIFY(dialog->request().question.contains(u"firmware-reviewers"_qs));
        dialog->confirmButton()->click();
    });
    detail->grantRoleButton()->click();
    auto *dialog = detail->findChild<GroupRoleDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->picker()->setSearchText(u"acme-firmware"_qs);
    QTRY_VERIFY(!dialog->picker()->isLoading() &&
                !dialog->picker()->selectedWorkspaceId().isEmpty());
    const QString workspace = dialog->picker()->selectedWorkspaceId();
    QVERIFY(workspace.startsWith(u"ari:cloud:bitbucket::"_qs));
    // Only roles a group can hold, that the product takes.
    QStringList offered;
    for (int i = 0; i < dialog->roleBox()->count(); ++i)
        offered.append(dialog->roleBox()->itemData(i).toString());
    QVERIFY(offered.contains(u"atlassian/admin"_qs));
    QVERIFY(!offered.contains(u"atlassian/org-admin"_qs));
    dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(u"atlassian/admin"_qs));
    PeopleFixture::shoot(dialog, u"groups-grant-role.png"_qs);
    dialog->applyButton()->click();
    QTRY_COMPARE(confirmations, 1);

    // The server got it; the roles list shows it by name; the group now grants admin rights.
    QTRY_COMPARE(detail->rolesView()->topLevelItemCount(), 1);
    QTreeWidgetItem *row = detail->rolesView()->topLevelItem(0);
    QTRY_COMPARE(row->text(0), u"acme-firmware (Bitbucket)"_qs);
    QCOMPARE(row->text(1), u"Admin"_qs);
    const QList<GroupRoleAssignment> held = roles(service, group.id);
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().resourceId, workspace);
    QCOMPARE(held.first().roles, QStringList{u"atlassian/admin"_qs});
    QTRY_COMPARE(m_pane->currentGroup().resourceCount, 1);
    QTRY_VERIFY(!m_pane->deleteButton()->isEnabled());

    // Revoke it: asked first, then gone.
    detail->rolesView()->setCurrentItem(row);
    QVERIFY(detail->revokeRoleButton()->isEnabled());
    detail->revokeRoleButton()->click();
    QTRY_COMPARE(confirmations, 2);
    QTRY_COMPARE(detail->rolesView()->topLevelItemCount(), 0);
    QVERIFY(roles(service, group.id).isEmpty());
    QTRY_VERIFY(m_pane->deleteButton()->isEnabled());
}

void TestGroupsPane::usersGroupFilterListsEveryGroup()
{
    // The Users area's Group filter lists the groups of groups/search, not only those of the
    // people loaded; past 20, the menu offers a search over all of them.
    const GroupService &service = *m_pane->service();
    const int before = int(allGroups(service).items.size());
    for (int i = before; i <= UserFilterBar::groupsInMenu + 12; ++i)
        create(service, u"filler-%1"_qs.arg(i, 2, 10, QChar(u'0')));
    const QList<Group> groups = allGroups(service).items;
    QVERIFY(groups.size() > UserFilterBar::groupsInMenu + 10);

    UsersPane users(m_connection.get());
    users.show();
    UserFilterBar *bar = users.filterBar();
    QTRY_COMPARE(bar->groups().size(), groups.size());
    QCOMPARE(bar->groups().last().text, groups.last().name); // name order, every page
    Q_EMIT bar->addMenu()->aboutToShow();
    auto *menu = bar->addMenu()->findChild<QMenu *>(u"groupFilterMenu"_qs);
    QVERIFY(menu);
    QVERIFY(menu->isEnabled());
    QAction *find = nullptr;
    int listed = 0;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"findGroup"_qs)
            find = action;
        else if (!action->isSeparator())
            ++listed;
    }
    QCOMPARE(listed, UserFilterBar::groupsInMenu);
    QVERIFY(find);
    QVERIFY(find->text().contains(QString::number(groups.size())));

    // Picking one past the first twenty, by name in any case, filters the people by it.
    const Group synced = findByName(service, u"okta-synced-sales"_qs).value;
    QVERIFY(bar->addGroupByName(u"OKTA-SYNCED-SALES"_qs));
    QCOMPARE(bar->filter().groupIds, QStringList{synced.id});
    QVERIFY(!bar->addGroupByName(u"no-such-group"_qs));
    bool searched = false;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        searched |= request.path.endsWith(u"/groups/search"_qs);
    QVERIFY(searched);
}

void TestGroupsPane::showMembersInUsers()
{
    m_pane.reset();
    MainWindow window;
    window.setConnection(new Connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey()));
    window.show();
    window.showArea(u"groups"_qs);
    auto *pane = qobject_cast<GroupsPane *>(window.pane(u"groups"_qs));
    QVERIFY(pane);
    QTRY_VERIFY(pane->model()->rowCount() > 0);
    pane->model()->fetchAll();
    QTRY_VERIFY(!pane->model()->hasMore());
    const int row = pane->model()->rowOf(findByName(*pane->service(), u"legal"_qs).value.id);
    QVERIFY(row >= 0);
    pane->view()->selectRow(row);
    auto *show = pane->detail()->findChild<QPushButton *>(u"showMembersInUsers"_qs);
    QVERIFY(show && show->isEnabled());
    show->click();
    QCOMPARE(window.currentArea(), u"users"_qs);
    auto *users = qobject_cast<UsersPane *>(window.pane(u"users"_qs));
    QVERIFY(users);
    QCOMPARE(users->filter().groupNames, QStringList{u"legal"_qs});
    const int members = pane->model()->groupAt(row).userCount;
    QTRY_COMPARE(users->model()->loadedCount(), members);
}

void TestGroupsPane::linkFromAnotherAreaPicksTheGroup()
{
    const Group legal = findByName(*m_pane->service(), u"legal"_qs).value;
    QVERIFY(!legal.id.isEmpty());
    // A search that hides the group is cleared; the group is picked once its row is in.
    m_pane->searchField()->setText(u"okta"_qs);
    QTRY_COMPARE(m_pane->model()->rowCount(), 4);
    m_pane->open(AreaLink::group(legal.id));
    QVERIFY(m_pane->searchField()->text().isEmpty());
    QTRY_COMPARE(m_pane->currentGroup().id, legal.id);
    QCOMPARE(m_pane->detail()->group().name, u"legal"_qs);
}

void TestGroupsPane::readyOnceTheFirstGroupsMembersShow()
{
    GroupsPane pane(m_connection.get());
    new QAbstractItemModelTester(pane.model(), &pane);
    bool membersShown = false;
    connect(&pane, &AreaPane::ready, this, [&] {
        membersShown = pane.detail()->membersModel()->rowCount() > 0 &&
                       !pane.detail()->membersModel()->isLoading();
    });
    QSignalSpy ready(&pane, &AreaPane::ready);
    pane.show();
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(pane.currentGroup().name, u"ai-early-access"_qs);
    QVERIFY(membersShown);
    pane.refresh();
    QTRY_VERIFY(pane.model()->rowCount() > 0);
    QTRY_VERIFY(!pane.detail()->membersModel()->isLoading());
    QCOMPARE(ready.count(), 1); // once
}

QTEST_MAIN(TestGroupsPane)
#include "tst_groupspane.moc"
