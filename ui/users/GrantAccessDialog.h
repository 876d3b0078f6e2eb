#pragma once

#include "DirectoryUser.h"
#include "FormDialog.h"
#include "RoleService.h"

class Connection;
class QComboBox;
class WorkspacePicker;
class WorkspaceRoleFields;

// Gives one person a role on a workspace: find the workspace, pick one of the roles its product
// takes, confirm (ConfirmDialog), then POST .../roles/assign. A refusal (licence limit, a role
// the workspace does not take) shows in place.
class GrantAccessDialog : public FormDialog
{
    Q_OBJECT

public:
    GrantAccessDialog(Connection *connection, const DirectoryUser &person,
                      QWidget *parent = nullptr);

    WorkspacePicker *picker() const;
    QComboBox *roleBox() const;
    QString role() const; // the role id chosen; empty when none
    // Picks the role by id; false when the chosen workspace does not offer it.
    bool setRole(const QString &roleId);

Q_SIGNALS:
    // The server took it; the person's role list may take a while to show it.
    void granted(const QString &workspaceName, const QString &roleId);

protected:
    QString validate() override;
    void apply() override;

private:
    RoleService m_service;
    DirectoryUser m_person;
    WorkspaceRoleFields *m_fields;
};
