#pragma once

#include "AreaPane.h"
#include "Group.h"

#include <QTimer>

#include <memory>

class BulkJob;
class Connection;
class GroupDetailView;
class GroupService;
class GroupsModel;
class JobLauncher;
class MessagePanel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class TableOrMessage;

// The Groups area: every group of the chosen directory (search by name, sorted by name on the
// server, paged), with its user and resource counts and whether it is managed here or synced
// from an identity provider; the stats line from groups/stats; the picked group's members and
// roles. New group, delete (typed confirmation; disabled with the reason when the organization
// does not allow it), add and remove members as bulk jobs.
class GroupsPane : public AreaPane
{
    Q_OBJECT

public:
    GroupsPane(Connection *connection, QWidget *parent = nullptr);
    ~GroupsPane() override;

    void setScope(const QString &directoryId) override;
    void refresh() override;

    GroupsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    GroupDetailView *detail() const { return m_detail; }
    const GroupService *service() const { return m_service.get(); }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *newGroupButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }
    QString statsText() const;
    QString messageText() const;

    Group currentGroup() const;
    // Selects the group once its row is loaded (paging on until it is).
    void selectGroup(const QString &groupId);
    void openNewGroup();
    // Asks (typing the group's name), then deletes the current group.
    void deleteCurrent();
    // Why the current group cannot be deleted; empty when it can.
    static QString deleteBlockedReason(const Group &group);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    // A membership job (from here, an undo in the jobs view, a resumed one) has finished:
    // the group's members and counts follow.
    void watchJob(BulkJob *job);
    void setUpView();
    void applySearch();
    void loadStats();
    void onCurrentChanged();
    void updateActions();
    void updateMessage();
    void trySelectPending();
    void reloadGroup(const QString &groupId);
    void showInUsers(const Group &group);

    Connection *m_connection;
    std::unique_ptr<GroupService> m_service;
    GroupsModel *m_model;
    JobLauncher *m_launcher;
    QString m_directoryId = QStringLiteral("-");
    QLineEdit *m_search = nullptr;
    QLabel *m_stats = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    MessagePanel *m_errorBar = nullptr;
    TableOrMessage *m_tableArea = nullptr;
    QTableView *m_view = nullptr;
    MessagePanel *m_message = nullptr;
    GroupDetailView *m_detail = nullptr;
    QString m_pendingSelect;
    bool m_readySent = false;    // ready() goes out once, with the first data
    bool m_watchingJobs = false; // connected to the jobs view's manager
    QObject *m_statsContext = nullptr;
    QTimer m_searchDelay;
};
