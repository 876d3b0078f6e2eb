#pragma once

#include "ApiError.h"
#include "DirectoryUser.h"
#include "RequestScope.h"
#include "RoleAssignment.h"
#include "Workspace.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class Connection;
class QLabel;
class QPushButton;
class QTreeWidget;
class RoleAssignmentPager;
class WorkspaceDirectory;

// The roles of the person shown (GET .../users/{accountId}/role-assignments): each resource
// (its workspace's name where known, else its ARI) with its roles and how each was granted
// (directly, through a group, inferred). Grant access on a workspace, revoke a direct role,
// make someone an organization admin or stop them being one, each after a confirmation. Role
// changes take up to 30 seconds to show: after one the view says so, reads the roles again at
// once and once more after that delay.
class PersonRolesView : public QWidget
{
    Q_OBJECT

public:
    explicit PersonRolesView(QWidget *parent = nullptr);
    ~PersonRolesView() override;

    void setConnection(Connection *connection);
    void load(const DirectoryUser &person);
    void clear();
    void reload();

    bool isLoading() const;
    int rowCount() const;
    // One line a role: "resource · role · how", for tests and accessibility.
    QStringList rowTexts() const;
    QString noteText() const; // the "up to 30 seconds" note; empty when hidden
    QString statusText() const;
    bool isOrgAdmin() const;

    QTreeWidget *list() const { return m_list; }
    QPushButton *grantButton() const { return m_grant; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *makeOrgAdminButton() const { return m_makeAdmin; }
    QPushButton *removeOrgAdminButton() const { return m_removeAdmin; }

    // How long after a change the roles are read once more (the API's ≤ 30 s; tests shorten it).
    static void setSettleDelay(int ms);
    static int settleDelay();

    void grantAccess();
    void revokeSelected();
    void changeOrgAdmin(bool admin);

Q_SIGNALS:
    void loaded(); // the roles are in (or failed)

private:
    void request();
    void addAssignments(const QList<ResourceRoleAssignment> &assignments, bool hasMore);
    void fill();
    void updateButtons();
    void changed(const QString &what);
    void showFailure(const QString &what, const ApiError &error);
    void setStatus(const QString &text);
    QString resourceName(const QString &resourceId, const QString &owner) const;
    QString personName() const;

    QPointer<Connection> m_connection;
    DirectoryUser m_person;
    QTimer m_delay;
    QTimer m_settle;
    RequestScope m_request{this}; // the person shown's: late answers never land
    QPointer<RoleAssignmentPager> m_pager;
    QList<ResourceRoleAssignment> m_incoming; // pages of the read in flight
    QList<ResourceRoleAssignment> m_assignments;
    QPointer<WorkspaceDirectory> m_workspaces; // the connection's, loaded once
    bool m_loading = false;
    QTreeWidget *m_list;
    QLabel *m_status;
    QLabel *m_note;
    QPushButton *m_grant;
    QPushButton *m_revoke;
    QPushButton *m_makeAdmin;
    QPushButton *m_removeAdmin;
};
