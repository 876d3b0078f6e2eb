#pragma once

#include "FormDialog.h"
#include "Group.h"

class Connection;
class GroupService;
class QComboBox;
class WorkspacePicker;
class WorkspaceRoleFields;

// "Grant role…" on a group: find the workspace, pick one of the roles its product takes that a
// group can hold, confirm (every member gets it), then POST .../role-assignments/assign. A
// refusal shows in place.
class GroupRoleDialog : public FormDialog
{
    Q_OBJECT

public:
    GroupRoleDialog(Connection *connection, const GroupService *service, const Group &group,
                    QWidget *parent = nullptr);

    WorkspacePicker *picker() const;
    QComboBox *roleBox() const;
    QString role() const; // the role id chosen; empty when none

    // The roles a group can be granted on a workspace (the assign route's list).
    static QStringList groupRoles();

Q_SIGNALS:
    void granted(const QString &workspaceName, const QString &roleId);

protected:
    QString validate() override;
    void apply() override;

private:
    const GroupService *m_service;
    Group m_group;
    WorkspaceRoleFields *m_fields;
};
