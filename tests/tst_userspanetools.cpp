// The Users area's tools in the window (offscreen): filter chips and the query they send, saved
// views in the sidebar, CSV export of the view, actions enabled by the selection, the detail
// pane's groups and User management privileges, editing a profile and an e-mail in place, and
// the API activity with "copy as curl".
#include "ApiAccessService.h"
#include "ApiActivityDock.h"
#include "ApiActivityModel.h"
#include "ApiClient.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "EditProfileDialog.h"
#include "EmailDialog.h"
#include "MainWindow.h"
#include "PeopleFixture.h"
#include "PersonAccessView.h"
#include "PersonTokensDialog.h"
#include "SandboxServer.h"
#include "SavedViews.h"
#include "Sidebar.h"
#include "SidebarModel.h"
#include "TestServer.h"
#include "UserActions.h"
#include "UserDetailPane.h"
#include "UserFilterBar.h"
#include "UserOperations.h"
#include "UsersModel.h"
#include "UsersPane.h"
#include "WindowTools.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace PeopleFixture;

class TestUsersPaneTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chipsCombineFiltersAndRemoveOne();
    void aSavedViewComesBackFromTheSidebar();
    void exportWritesTheVisibleColumnsInTheirOrder();
    void actionsAreEnabledWhereTheyApply();
    void detailShowsGroupsAndWhatUserManagementAllows();
    void editProfileAndEmailInPlace();
    void apiActivityCopiesACallAsCurlWithoutTheKey();
    void aPersonsApiTokensCanBeRevoked();

private:
    void select(const QStringList &accountIds);
    DirectoryUser one(const std::function<bool(const DirectoryUser &)> &kind);

    TestServer m_server;
    QList<DirectoryUser> m_people;
    QSet<QString> m_used;
    std::unique_ptr<MainWindow> m_window;
    UsersPane *m_pane = nullptr;
};

void TestUsersPaneTools::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Changes people: needs the in-process sandbox.");
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(SavedViews().filePath());
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 600, 2}));
    Connection connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    m_people = loadAll(connection.users());
    QCOMPARE(m_people.size(), 600);
}

void TestUsersPaneTools::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    // The frame's models, checked from before the connection fills them: the sidebar (saved
    // views come and go) and the API activity.
    auto check = [](QAbstractItemModel *model) {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model);
    };
    check(m_window->sidebar()->model());
    check(m_window->findChild<WindowTools *>()->activityDock()->model());
    auto *connection = new Connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    connection->setSandbox(true);
    m_window->setConnection(connection);
    m_window->showArea(u"users"_qs); // the test is about the Users area
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_pane = qobject_cast<UsersPane *>(m_window->pane(u"users"_qs));
    QVERIFY(m_pane);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->view()->model()->rowCount() > 0, 15000);
}

void TestUsersPaneTools::cleanup()
{
    m_pane = nullptr;
    m_window.reset();
}

DirectoryUser TestUsersPaneTools::one(const std::function<bool(const DirectoryUser &)> &kind)
{
    return pick(m_people, m_used, 1, kind).value(0);
}

void TestUsersPaneTools::select(const QStringList &accountIds)
{
    QList<DirectoryUser> people;
    for (const QString &id : accountIds) {
        for (const DirectoryUser &user : std::as_const(m_people)) {
            if (user.accountId == id)
                people.append(user);
        }
    }
    m_pane->showPeople(people, u"test"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->selectedUsers().size(), accountIds.size(), 15000);
}

void TestUsersPaneTools::chipsCombineFiltersAndRemoveOne()
{
    UserFilterBar *bar = m_pane->filterBar();
    // The menu offers what the rows show, and the groups of the first people.
    Q_EMIT bar->addMenu()->aboutToShow();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            Q_EMIT bar->addMenu()->aboutToShow();
            for (QAction *action : bar->addMenu()->actions()) {
                if (action->menu() && action->text() == u"Group"_qs)
                    return action->isEnabled() && !action->menu()->actions().isEmpty();
            }
            return false;
        }(),
        10000);

    UserFilter filter;
    filter.claimStatus = u"managed"_qs;
    filter.mfaOff = true;
    filter.emailDomains = {u"acme-robotics.com"_qs};
    bar->change(filter);
    QCOMPARE(bar->chipTexts().size(), 3);
    QVERIFY(bar->chipTexts().contains(u"Managed"_qs));
    QVERIFY(bar->chipTexts().contains(u"Two-step verification off"_qs));
    QVERIFY(bar->chipTexts().contains(u"Domain: acme-robotics.com"_qs));
    const UserQuery &query = m_pane->model()->query();
    QCOMPARE(query.claimStatus, u"managed"_qs);
    QCOMPARE(query.mfaEnabled, std::optional<bool>(false));
    QCOMPARE(query.emailDomains, QStringList{u"acme-robotics.com"_qs});
    // Filtered by the server, or over the directory cache's rows here: the rows shown.
    QAbstractItemModel *shown = m_pane->view()->model();
    QTRY_VERIFY_WITH_TIMEOUT(shown->rowCount() > 0 && !m_pane->model()->isLoading(), 10000);
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QString accountId = shown->index(row, 0).data(UsersModel::AccountIdRole).toString();
        const DirectoryUser user = m_pane->model()->userAt(m_pane->model()->rowOf(accountId));
        QCOMPARE(user.claimStatus, u"managed"_qs);
        QCOMPARE(user.mfaEnabled, std::optional<bool>(false));
        QVERIFY(user.email.endsWith(u"@acme-robotics.com"_qs));
    }

    // The chip's cross takes that filter away, and only that one.
    QTRY_VERIFY(bar->chip(u"mfa"_qs) && bar->chip(u"mfa"_qs)->isVisible());
    QTest::mouseClick(bar->chip(u"mfa"_qs), Qt::LeftButton);
    QTRY_VERIFY(!m_pane->model()->query().mfaEnabled.has_value());
    QCOMPARE(m_pane->model()->query().claimStatus, u"managed"_qs);
    QCOMPARE(bar->chipTexts().size(), 2);
    // The status button and the status chip are one filter.
    UserFilter withStatus = m_pane->filter();
    withStatus.statuses = {u"suspended"_qs};
    bar->change(withStatus);
    QCOMPARE(m_window->findChild<QToolButton *>(u"statusFilter"_qs)->text(),
             u"Status: Suspended"_qs);
}

void TestUsersPaneTools::aSavedViewComesBackFromTheSidebar()
{
    UserFilter filter;
    filter.inactiveDays = 90;
    filter.claimStatus = u"managed"_qs;
    m_pane->filterBar()->change(filter);
    QTest::mouseClick(m_pane->filterBar()->findChild<QToolButton *>(u"saveView"_qs),
                      Qt::LeftButton);
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = m_window->findChild<QInputDialog *>(u"saveViewDialog"_qs)));
    ask->setTextValue(u"Stale managed accounts"_qs);
    ask->accept();

    SidebarModel *sidebar = m_window->sidebar()->model();
    const QModelIndex entry = sidebar->savedViewIndex(u"Stale managed accounts"_qs);
    QVERIFY(entry.isValid());
    m_pane->setFilter(UserFilter());
    QVERIFY(m_pane->filter().isEmpty());
    m_window->sidebar()->view()->setCurrentIndex(entry);
    QCOMPARE(m_pane->filter(), filter);
    QCOMPARE(m_pane->filterBar()->chipTexts(),
             (QStringList{u"Inactive for 90+ day(s)"_qs, u"Managed"_qs}));

    // A new window on the same organization has it too.
    cleanup();
    init();
    QVERIFY(m_window->sidebar()->model()->savedViewIndex(u"Stale managed accounts"_qs).isValid());
    m_window->findChild<WindowTools *>()->savedViews()->remove(m_server.orgId(),
                                                               u"Stale managed accounts"_qs);
    QVERIFY(!m_window->sidebar()->model()->savedViewIndex(u"Stale managed accounts"_qs).isValid());
}

void TestUsersPaneTools::exportWritesTheVisibleColumnsInTheirOrder()
{
    QTableView *view = m_pane->view();
    QHeaderView *header = view->horizontalHeader();
    header->moveSection(header->visualIndex(UsersModel::Email), 0); // e-mail first
    header->setSectionHidden(UsersModel::AddedToOrg, true);
    QStringList expected;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            expected.append(view->model()->headerData(logical, Qt::Horizontal).toString());
    }
    QTemporaryDir directory;
    const QString path = directory.filePath(u"users.csv"_qs);
    QVERIFY(m_pane->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(QString::fromUtf8(lines.first()).trimmed(), expected.join(u','));
    QCOMPARE(lines.size() - 2, view->model()->rowCount()); // header, rows, trailing empty
    const QString firstEmail = view->model()->index(0, UsersModel::Email).data().toString();
    QVERIFY(lines.at(1).startsWith(firstEmail.toUtf8() + ','));
}

void TestUsersPaneTools::actionsAreEnabledWhereTheyApply()
{
    UserActions *actions = m_pane->actions();
    const DirectoryUser active =
        one([](const DirectoryUser &u) { return isPlainManaged(u, u"active"_qs); });
    const DirectoryUser suspended =
        one([](const DirectoryUser &u) { return u.status == u"suspended"_qs; });
    const DirectoryUser unmanaged = one([](const DirectoryUser &u) {
        return u.claimStatus == u"unmanaged"_qs && u.status == u"active"_qs;
    });
    using namespace UserOperations;
    select({active.accountId});
    QVERIFY(actions->action(suspend())->isEnabled());
    QVERIFY(!actions->action(restore())->isEnabled());
    QVERIFY(actions->action(deactivate())->isEnabled());
    QVERIFY(!actions->action(enable())->isEnabled());
    QVERIFY(!actions->action(cancelDelete())->isEnabled());
    QVERIFY(actions->action(u"profile"_qs)->isEnabled());
    select({active.accountId, suspended.accountId});
    QVERIFY(actions->action(suspend())->isEnabled());
    QVERIFY(actions->action(restore())->isEnabled());
    QVERIFY(!actions->action(u"profile"_qs)->isEnabled()); // one person at a time
    QVERIFY(actions->action(suspend())->toolTip().contains(u"Applies to 1 of the 2 selected"_qs));
    select({unmanaged.accountId});
    QVERIFY(!actions->action(deactivate())->isEnabled());
    QVERIFY(!actions->action(deleteAccount())->isEnabled());
    QVERIFY(!actions->action(u"email"_qs)->isEnabled());
    QVERIFY(actions->action(suspend())->isEnabled());
}

void TestUsersPaneTools::detailShowsGroupsAndWhatUserManagementAllows()
{
    const DirectoryUser synced = one([](const DirectoryUser &u) {
        return u.managementSource == u"synced"_qs && u.emailVerified && u.status == u"active"_qs;
    });
    select({synced.accountId});
    PersonAccessView *access = m_pane->detailPane()->accessView();
    QTRY_VERIFY_WITH_TIMEOUT(
        !access->manageText().startsWith(u"Loading"_qs) && !access->manageText().isEmpty(), 10000);
    QVERIFY2(access->manageText().contains(
                 u"Deactivate, re-enable: no: synced from an identity provider (SCIM)"_qs),
             qPrintable(access->manageText()));
    QVERIFY(access->manageText().contains(u"API tokens: yes"_qs));
    QVERIFY2(access->manageText().contains(u"Profile: department, job title, location, name, "
                                           u"nickname, organization locked"_qs),
             qPrintable(access->manageText()));
    QTRY_VERIFY(!access->groupsText().startsWith(u"Loading"_qs));
    QVERIFY(access->groupsText().contains(u"okta-synced"_qs));
    shoot(m_window.get(), u"detail-user-management.png"_qs);
}

void TestUsersPaneTools::editProfileAndEmailInPlace()
{
    const DirectoryUser person =
        one([](const DirectoryUser &u) { return isPlainManaged(u, u"active"_qs); });
    select({person.accountId});
    m_pane->actions()->action(u"profile"_qs)->trigger();
    EditProfileDialog *edit = nullptr;
    QTRY_VERIFY((edit = m_window->findChild<EditProfileDialog *>()));
    QTRY_VERIFY_WITH_TIMEOUT(edit->isLoaded(), 10000);
    QCOMPARE(edit->field(u"name"_qs)->text(), person.name);
    QCOMPARE(edit->field(u"nickname"_qs)->maxLength(), 30);
    edit->field(u"extended_profile.job_title"_qs)->setText(u"Service desk lead"_qs);
    edit->field(u"zoneinfo"_qs)->setText(u"Mars/Olympus"_qs);
    edit->accept();
    QVERIFY(edit->problemText().contains(u"is not a time zone"_qs));
    edit->field(u"zoneinfo"_qs)->setText(u"Europe/Lisbon"_qs);
    QSignalSpy accepted(edit, &QDialog::accepted);
    edit->accept();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
    // Only the changed fields were sent (the dialog is gone: ask the server).
    QJsonObject sent;
    for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests()) {
        if (request.method == "PATCH")
            sent = QJsonDocument::fromJson(request.body).object();
    }
    QCOMPARE(sent, (QJsonObject{{u"zoneinfo"_qs, u"Europe/Lisbon"_qs},
                                {u"extended_profile"_qs,
                                 QJsonObject{{u"job_title"_qs, u"Service desk lead"_qs}}}}));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->detailPane()->fieldText(u"jobTitle"_qs),
                              u"Service desk lead"_qs, 10000);

    m_pane->actions()->action(u"email"_qs)->trigger();
    EmailDialog *email = nullptr;
    QTRY_VERIFY((email = m_window->findChild<EmailDialog *>()));
    email->emailEdit()->setText(u"someone@gmail.com"_qs);
    email->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!email->problemText().isEmpty(), 10000);
    QVERIFY2(email->problemText().contains(u"not verified (gmail.com)"_qs),
             qPrintable(email->problemText()));
    QVERIFY(email->isVisible()); // still open, to correct it
    email->reject();
}

void TestUsersPaneTools::apiActivityCopiesACallAsCurlWithoutTheKey()
{
    ApiActivityDock *activity = m_window->findChild<WindowTools *>()->activityDock();
    ApiActivityModel *model = activity->model();
    // The listing's calls may still be under way (a slow build): wait for its search.
    int search = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, ApiActivityModel::Path)
                        .data()
                        .toString()
                        .endsWith(u"/users/search"_qs))
                    search = row;
            }
            return search >= 0;
        }(),
        15000);
    QCOMPARE(model->index(search, ApiActivityModel::Method).data().toString(), u"POST"_qs);
    QCOMPARE(model->index(search, ApiActivityModel::Status).data().toString(), u"200"_qs);
    activity->view()->setCurrentIndex(model->index(search, 0));
    activity->show();
    activity->raise();
    QTRY_VERIFY(activity->isVisible());
    shoot(m_window.get(), u"api-activity.png"_qs);
    activity->copyCurrentAsCurl();
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(u"curl -X POST 'http://127.0.0.1:"_qs), qPrintable(curl));
    QVERIFY(curl.contains(u"-H \"Authorization: Bearer $ORGDESK_API_KEY\""_qs));
    QVERIFY(curl.contains(u"--data-raw '{"_qs));
    QVERIFY(!curl.contains(m_server.apiKey()));
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < ApiActivityModel::ColumnCount; ++column)
            QVERIFY(!model->index(row, column).data().toString().contains(m_server.apiKey()));
    }
}

void TestUsersPaneTools::aPersonsApiTokensCanBeRevoked()
{
    // Someone managed with at least two tokens.
    ApiClient client(m_server.baseUrl());
    client.setApiKey(m_server.apiKey());
    ApiAccessService service(&client, m_server.orgId());
    DirectoryUser owner;
    int tokens = 0;
    for (const DirectoryUser &user : std::as_const(m_people)) {
        if (!isPlainManaged(user, u"active"_qs) || m_used.contains(user.accountId))
            continue;
        bool done = false;
        service.accountTokens(user.accountId, this, [&](const ApiResult<QList<ApiToken>> &result) {
            tokens = result.ok() ? int(result.value.size()) : 0;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        if (tokens >= 2) {
            owner = user;
            break;
        }
    }
    QVERIFY2(!owner.accountId.isEmpty(), "nobody with two API tokens");
    m_used.insert(owner.accountId);
    select({owner.accountId});
    QAction *action = m_pane->actions()->action(u"tokens"_qs);
    QVERIFY(action->isEnabled());
    action->trigger();
    PersonTokensDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<PersonTokensDialog *>()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
    QCOMPARE(dialog->list()->topLevelItemCount(), tokens);
    QVERIFY(!dialog->revokeButton()->isEnabled());
    dialog->list()->topLevelItem(0)->setCheckState(0, Qt::Checked);
    QVERIFY(dialog->revokeButton()->isEnabled());
    QString required;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *confirm) {
        required = confirm->requiredText();
        confirm->setTypedText(required);
        confirm->accept();
    });
    QTest::mouseClick(dialog->revokeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->topLevelItemCount(), tokens - 1, 10000);
    ConfirmDialog::setTestResponder(nullptr);
    QCOMPARE(required, u"revoke"_qs); // one token: the word, not the count
    dialog->reject();
}

QTEST_MAIN(TestUsersPaneTools)
#include "tst_userspanetools.moc"
