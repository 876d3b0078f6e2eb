#pragma once

#include "Group.h"
#include "ListAreaPane.h"
#include "RequestScope.h"

#include <memory>

class BulkJob;
class Connection;
class GroupDetailView;
class GroupService;
class GroupsModel;
class InviteDialog;
class JobLauncher;
class QLabel;
class QPushButton;

// The Groups area: every group of the chosen directory (search by name, sorted by name on the
// server, paged), with its user and resource counts and whether it is managed here or synced
// from an identity provider; the stats line from groups/stats; the picked group's members and
// roles. New group, delete (typed confirmation; disabled with the reason when the organization
// does not allow it), add and remove members as bulk jobs.
class GroupsPane : public ListAreaPane
{
    Q_OBJECT

public:
    GroupsPane(Connection *connection, QWidget *parent = nullptr);
    ~GroupsPane() override;

    void setScope(const QString &directoryId) override;
    void refresh() override;
    // Another area's link: picks the group of link.itemId.
    void open(const AreaLink &link) override;

    GroupsModel *model() const { return m_model; }
    GroupDetailView *detail() const { return m_detail; }
    const GroupService *service() const { return m_service.get(); }
    QPushButton *newGroupButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *inviteButton() const { return m_invite; }
    // "Invite into this group…": the invite dialog with the current group picked.
    InviteDialog *openInvite();
    QString statsText() const;

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
    void applyFilters() override;
    void showDetails(int sourceRow) override;
    void updateActions() override;
    QString amount(int count) const override;
    QString noneMatchText() const override;
    bool isDetailReady() const override;

private:
    void setUpView();
    void addActions();
    void pickFirstGroup();
    // A membership job (from here, an undo in the jobs view, a resumed one) has finished:
    // the group's members and counts follow.
    void watchJob(BulkJob *job);
    void loadStats();
    void trySelectPending();
    void reloadGroup(const QString &groupId);
    void showInUsers(const Group &group);
    // Empties the search without a pause or a query of its own; false when it was empty.
    bool clearSearchQuietly();

    Connection *m_connection;
    std::unique_ptr<GroupService> m_service;
    GroupsModel *m_model;
    JobLauncher *m_launcher;
    QString m_directoryId = QStringLiteral("-");
    QLabel *m_stats = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_invite = nullptr;
    GroupDetailView *m_detail = nullptr;
    QString m_pendingSelect;
    bool m_firstPageSeen = false; // the first group is picked once, as the first page lands
    bool m_watchingJobs = false;  // connected to the jobs view's manager
    RequestScope m_statsScope{this};
};
