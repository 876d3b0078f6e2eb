#pragma once

#include "DirectoryUser.h"
#include "ListAreaPane.h"
#include "UserFilter.h"

class Connection;
class InviteDialog;
class JobLauncher;
class QPushButton;
class StatusFilterButton;
class UserActions;
class UserDetailPane;
class UserFilterBar;
class UsersActivityFilter;
class UsersModel;
class UsersSortProxy;

// The Users area: search, the status filter and filter chips over the chosen directory, the
// table of people (paged in from the server as the table scrolls), the actions on the picked
// people, and the picked person's details.
class UsersPane : public ListAreaPane
{
    Q_OBJECT

public:
    // `databaseFolder`: where the organization's database (the directory cache) is; empty:
    // OrgDatabase's default. The cache is used when the setting says so
    // (SettingKeys::directoryCache), unless setDirectoryCache() says otherwise.
    UsersPane(Connection *connection, QWidget *parent = nullptr,
              const QString &databaseFolder = QString());

    // Turns the directory cache on or off for this area (applies from the next query).
    void setDirectoryCache(bool enabled);

    void setScope(const QString &directoryId) override;
    void refresh() override;
    // Another area's link: shows its filters.
    void open(const AreaLink &link) override;

    UsersModel *model() const { return m_model; }
    UserDetailPane *detailPane() const { return m_detail; }
    UserActions *actions() const { return m_actions; }
    UserFilterBar *filterBar() const { return m_filterBar; }
    QPushButton *inviteButton() const { return m_invite; }

    // The filters as chips show them (status and a pasted list included); applying one replaces
    // them all (a saved view).
    UserFilter filter() const { return m_filter; }
    void setFilter(const UserFilter &filter);
    // Shows exactly these people (a list from a ticket) and selects them once loaded.
    void showPeople(const QList<DirectoryUser> &people, const QString &listName);
    // The people selected in the table, in table order.
    QList<DirectoryUser> selectedUsers() const;
    void openPasteList();
    // "Invite people…": the dialog, with the results in the jobs view.
    InviteDialog *openInvite();

Q_SIGNALS:
    // "Save view" was asked for these filters.
    void saveViewRequested(const UserFilter &filter);

protected:
    void applyFilters() override;
    void showDetails(int sourceRow) override;
    void updateActions() override;
    QString amount(int count) const override;
    QString countText() const override;
    bool hasFilters() const override;
    bool hasLocalFilter() const override;
    void clearFilters() override;
    QString moreFailedText(const ApiError &error) const override;

private:
    void addFilters();
    void addActions();
    void setUpView();
    void onFilterChanged(const UserFilter &filter);
    void refreshChoices();
    void lookUpGroups();
    void selectPending();
    bool searching() const;
    QString asOfText() const;

    Connection *m_connection;
    QString m_databaseFolder;
    UsersModel *m_model;
    UsersSortProxy *m_proxy;
    UsersActivityFilter *m_activityFilter;
    QString m_scope = QStringLiteral("-");
    StatusFilterButton *m_statusFilter = nullptr;
    UserDetailPane *m_detail = nullptr;
    UserFilterBar *m_filterBar = nullptr;
    UserActions *m_actions = nullptr;
    QPushButton *m_invite = nullptr;
    JobLauncher *m_inviteLauncher = nullptr;
    UserFilter m_filter;
    QStringList m_selectWhenLoaded; // account ids to select as their rows arrive
    bool m_groupsLookedUp = false;
    bool m_reloadQueued = false;
};
