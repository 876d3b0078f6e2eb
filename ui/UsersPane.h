#pragma once

#include "AreaPane.h"
#include "DirectoryUser.h"
#include "UserFilter.h"

#include <QTimer>

class Connection;
class MessagePanel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class StatusFilterButton;
class TableOrMessage;
class UserActions;
class UserDetailPane;
class UserFilterBar;
class UsersActivityFilter;
class UsersModel;
class UsersSortProxy;

// The Users area: search and status filter over the chosen directory, the table of people
// (paged in from the server as the table scrolls), and the picked person's details.
class UsersPane : public AreaPane
{
    Q_OBJECT

public:
    UsersPane(Connection *connection, QWidget *parent = nullptr);

    void setScope(const QString &directoryId) override;
    void refresh() override;

    UsersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    UserDetailPane *detailPane() const { return m_detail; }
    UserActions *actions() const { return m_actions; }
    UserFilterBar *filterBar() const { return m_filterBar; }

    // The filters as chips show them (status and a pasted list included); applying one replaces
    // them all (a saved view).
    UserFilter filter() const { return m_filter; }
    void setFilter(const UserFilter &filter);
    // Shows exactly these people (a list from a ticket) and selects them once loaded.
    void showPeople(const QList<DirectoryUser> &people, const QString &listName);
    // The people selected in the table, in table order.
    QList<DirectoryUser> selectedUsers() const;
    // The rows shown, visible columns in the order shown, as CSV; false when unwritable.
    bool exportCsv(const QString &path) const;
    void openPasteList();

Q_SIGNALS:
    // "Save view" was asked for these filters.
    void saveViewRequested(const UserFilter &filter);

private:
    QWidget *createToolbar();
    void setUpView();
    void applyFilters();
    void clearFilters();
    void updateCount();
    void updateMessage();
    void onCurrentRowChanged();
    void onFilterChanged(const UserFilter &filter);
    void refreshChoices();
    void lookUpGroups();
    void selectPending();
    void exportView();
    QModelIndex toSource(const QModelIndex &viewIndex) const;

    UsersModel *m_model;
    UsersSortProxy *m_proxy;
    QString m_scope = QStringLiteral("-");
    QTimer m_searchDelay;
    QLineEdit *m_search = nullptr;
    StatusFilterButton *m_statusFilter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_loadAll = nullptr;
    MessagePanel *m_errorBar = nullptr;
    TableOrMessage *m_tableArea = nullptr;
    QTableView *m_view = nullptr;
    MessagePanel *m_message = nullptr;
    UserDetailPane *m_detail = nullptr;
    Connection *m_connection;
    UsersActivityFilter *m_activityFilter;
    UserFilterBar *m_filterBar = nullptr;
    UserActions *m_actions = nullptr;
    UserFilter m_filter;
    QStringList m_selectWhenLoaded; // account ids to select as their rows arrive
    bool m_groupsLookedUp = false;
    bool m_reloadQueued = false;
};
