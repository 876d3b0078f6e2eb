#pragma once

#include "DirectoryUser.h"
#include "Group.h"
#include "JobItem.h"
#include "RequestScope.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class ActivityList;
class BulkJob;
class Connection;
class GroupMembersModel;
class GroupService;
class JobLauncher;
class MessagePanel;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

// The group picked in the groups table: what it is, whether it can be changed here (a synced
// group says to change it in the identity provider), its members (paged, with add and remove
// as bulk jobs), the roles it holds on workspaces (grant and revoke) and its latest events in the
// archived audit log.
class GroupDetailView : public QWidget
{
    Q_OBJECT

public:
    GroupDetailView(Connection *connection, const GroupService *service, JobLauncher *launcher,
                    QWidget *parent = nullptr);

    void setGroup(const Group &group); // an empty id: nothing picked
    const Group &group() const { return m_group; }
    // The picked group's first members are on screen (or the error that stopped them); true
    // when nothing is picked.
    bool isLoaded() const;

    GroupMembersModel *membersModel() const { return m_members; }
    QTableView *membersView() const { return m_membersView; }
    QTreeWidget *rolesView() const { return m_roles; }
    QPushButton *addMembersButton() const { return m_addMembers; }
    QPushButton *removeMembersButton() const { return m_removeMembers; }
    QPushButton *revokeRoleButton() const { return m_revokeRole; }
    QPushButton *grantRoleButton() const { return m_grantRole; }
    // The archived audit events where the group was acted on.
    ActivityList *activityList() const { return m_activity; }
    QString readOnlyReason() const; // shown above the members; empty when writable

    // "Add members…": a list of e-mails or account ids, found, then added as one job.
    void openAddMembers();
    // Starts the job adding these people (one item each); nullptr when nothing to do.
    BulkJob *addMembers(const QList<DirectoryUser> &people);
    // Asks, then removes the members selected in the members table as one job.
    void removeSelectedMembers();
    // "Grant role…": a workspace (WorkspacePicker) and a role, then assign.
    void openGrantRole();
    // Asks, then revokes the role selected in the roles list.
    void revokeSelectedRole();
    // Reads the roles again (after a grant, say).
    void reloadRoles();

Q_SIGNALS:
    // A change to the group's roles has finished: counts may have changed. (Membership jobs
    // the pane follows itself, undo included.)
    void groupChanged(const QString &groupId);
    // "Show in Users" for this group.
    void showMembersRequested(const Group &group);
    void jobStarted(BulkJob *job);

private:
    QWidget *createMembersBox();
    QWidget *createRolesBox();
    BulkJob *startJob(const QString &operationKey, const QList<JobItem> &items, int count);
    void updateActions();
    QList<DirectoryUser> selectedMembers() const;
    void lookUpWorkspaces();
    void nameWorkspaces();

    QPointer<Connection> m_connection;
    const GroupService *m_service;
    JobLauncher *m_launcher;
    Group m_group;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_readOnly;
    GroupMembersModel *m_members;
    QTableView *m_membersView;
    QLabel *m_membersCount;
    QPushButton *m_addMembers;
    QPushButton *m_removeMembers;
    QPushButton *m_showInUsers;
    QTreeWidget *m_roles;
    MessagePanel *m_rolesMessage;
    QPushButton *m_revokeRole;
    QPushButton *m_grantRole;
    ActivityList *m_activity;
    QHash<QString, QString> m_workspaceNames; // ARI -> "acme-robotics (Jira)"
    bool m_workspacesAsked = false;
    RequestScope m_rolesScope{this}; // renewed with the group shown: late pages never land
};
