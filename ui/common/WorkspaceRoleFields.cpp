#include "WorkspaceRoleFields.h"

#include "RoleCatalog.h"
#include "WorkspacePicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

WorkspaceRoleFields::WorkspaceRoleFields(Connection *connection, QFormLayout *form,
                                         const QString &namePrefix, QWidget *parent,
                                         const QStringList &allowedRoles)
    : QObject(parent), m_picker(new WorkspacePicker(connection, parent)),
      m_roles(new QComboBox(parent)), m_roleNote(new QLabel(parent)), m_allowedRoles(allowedRoles)
{
    m_picker->setObjectName(namePrefix + QStringLiteral("WorkspacePicker"));
    m_picker->setMinimumHeight(220);
    form->addRow(tr("&Workspace"), m_picker);
    m_roles->setObjectName(namePrefix + QStringLiteral("Role"));
    form->addRow(tr("&Role"), m_roles);
    m_roleNote->setWordWrap(true);
    m_roleNote->setEnabled(false);
    // A wrapped label keeps to its narrow size hint in a form unless it may grow.
    m_roleNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Room for two lines: the note changes with the role, after the dialog has its size.
    m_roleNote->setMinimumHeight(m_roleNote->fontMetrics().lineSpacing() * 2 + 4);
    form->addRow(QString(), m_roleNote);
    connect(m_picker, &WorkspacePicker::selectionChanged, this, &WorkspaceRoleFields::fillRoles);
    connect(m_roles, &QComboBox::currentIndexChanged, this,
            [this] { m_roleNote->setText(RoleCatalog::description(role())); });
    fillRoles();
}

std::optional<Workspace> WorkspaceRoleFields::workspace() const
{
    return m_picker->selectedWorkspace();
}

QString WorkspaceRoleFields::role() const
{
    return m_roles->currentData().toString();
}

bool WorkspaceRoleFields::setRole(const QString &roleId)
{
    const int index = m_roles->findData(roleId);
    if (index < 0)
        return false;
    m_roles->setCurrentIndex(index);
    return true;
}

void WorkspaceRoleFields::fillRoles()
{
    const QString previous = role();
    const auto chosen = workspace();
    m_roles->clear();
    m_roles->setEnabled(chosen.has_value());
    if (!chosen) {
        m_roles->setPlaceholderText(tr("Pick a workspace first"));
        m_roleNote->clear();
        return;
    }
    for (const QString &id : RoleCatalog::rolesFor(chosen->typeKey)) {
        if (m_allowedRoles.isEmpty() || m_allowedRoles.contains(id))
            m_roles->addItem(RoleCatalog::displayName(id), id);
    }
    const int again = m_roles->findData(previous);
    m_roles->setCurrentIndex(again >= 0 ? again : 0);
}
