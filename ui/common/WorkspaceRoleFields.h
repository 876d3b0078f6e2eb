#pragma once

#include "Workspace.h"

#include <QObject>
#include <QStringList>

#include <optional>

class Connection;
class QComboBox;
class QFormLayout;
class QLabel;
class QWidget;
class WorkspacePicker;

// The rows a role grant asks for, in a form: a workspace (searchable picker), one of the roles
// its product takes (optionally only those in `allowedRoles`), and what that role can do.
class WorkspaceRoleFields : public QObject
{
    Q_OBJECT

public:
    // `namePrefix` names the widgets for tests: "<prefix>WorkspacePicker", "<prefix>Role".
    WorkspaceRoleFields(Connection *connection, QFormLayout *form, const QString &namePrefix,
                        QWidget *parent, const QStringList &allowedRoles = {});

    WorkspacePicker *picker() const { return m_picker; }
    QComboBox *roleBox() const { return m_roles; }
    std::optional<Workspace> workspace() const;
    QString role() const; // the role id chosen; empty when none
    // Picks the role by id; false when the chosen workspace does not offer it.
    bool setRole(const QString &roleId);

private:
    void fillRoles();

    WorkspacePicker *m_picker;
    QComboBox *m_roles;
    QLabel *m_roleNote;
    QStringList m_allowedRoles;
};
