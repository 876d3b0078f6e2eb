#pragma once

#include "AreaPane.h"

#include <QTimer>

class Connection;
class MessagePanel;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class StatusFilterButton;
class UserDetailPane;
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

private:
    QWidget *createToolbar();
    void setUpView();
    void applyFilters();
    void clearFilters();
    void updateCount();
    void updateMessage();
    void onCurrentRowChanged();

    UsersModel *m_model;
    UsersSortProxy *m_proxy;
    QString m_scope = QStringLiteral("-");
    QTimer m_searchDelay;
    QLineEdit *m_search = nullptr;
    StatusFilterButton *m_statusFilter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_loadAll = nullptr;
    MessagePanel *m_errorBar = nullptr;
    QStackedWidget *m_tableArea = nullptr;
    QTableView *m_view = nullptr;
    MessagePanel *m_message = nullptr;
    UserDetailPane *m_detail = nullptr;
};
