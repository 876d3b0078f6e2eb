#include "GrantAccessDialog.h"

#include "ConfirmDialog.h"
#include "Connection.h"
#include "RoleCatalog.h"
#include "UserText.h"
#include "WorkspacePicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

GrantAccessDialog::GrantAccessDialog(Connection *connection, const DirectoryUser &person,
                                     QWidget *parent)
    : FormDialog(parent), m_service(connection->client(), connection->orgId()), m_person(person),
      m_picker(new WorkspacePicker(connection, this)), m_roles(new QComboBox(this)),
      m_roleNote(new QLabel(this))
{
    setObjectName(QStringLiteral("grantAccessDialog"));
    const QString who = person.name.isEmpty() ? person.email : person.name;
    setWindowTitle(tr("Grant access: %1").arg(who));
    m_picker->setObjectName(QStringLiteral("grantWorkspacePicker"));
    m_picker->setMinimumHeight(220);
    form()->addRow(tr("&Workspace"), m_picker);
    m_roles->setObjectName(QStringLiteral("grantRole"));
    form()->addRow(tr("&Role"), m_roles);
    m_roleNote->setWordWrap(true);
    m_roleNote->setEnabled(false);
    form()->addRow(QString(), m_roleNote);
    setApplyText(tr("Grant access"));
    setMinimumWidth(560);
    connect(m_picker, &WorkspacePicker::selectionChanged, this, &GrantAccessDialog::fillRoles);
    connect(m_roles, &QComboBox::currentIndexChanged, this,
            [this] { m_roleNote->setText(RoleCatalog::description(role())); });
    fillRoles();
}

void GrantAccessDialog::fillRoles()
{
    const QString previous = role();
    const auto workspace = m_picker->selectedWorkspace();
    m_roles->clear();
    m_roles->setEnabled(workspace.has_value());
    if (!workspace) {
        m_roles->setPlaceholderText(tr("Pick a workspace first"));
        m_roleNote->clear();
        return;
    }
    for (const QString &id : RoleCatalog::rolesFor(workspace->typeKey))
        m_roles->addItem(RoleCatalog::displayName(id), id);
    const int again = m_roles->findData(previous);
    m_roles->setCurrentIndex(again >= 0 ? again : 0);
}

QString GrantAccessDialog::role() const
{
    return m_roles->currentData().toString();
}

bool GrantAccessDialog::setRole(const QString &roleId)
{
    const int index = m_roles->findData(roleId);
    if (index < 0)
        return false;
    m_roles->setCurrentIndex(index);
    return true;
}

QString GrantAccessDialog::validate()
{
    if (m_picker->selectedWorkspaceId().isEmpty())
        return tr("Pick the workspace to grant access to.");
    if (role().isEmpty())
        return tr("Pick a role.");
    return QString();
}

void GrantAccessDialog::apply()
{
    const auto workspace = m_picker->selectedWorkspace();
    const QString roleId = role();
    const QString who = m_person.name.isEmpty() ? m_person.email : m_person.name;
    const QString where =
        tr("%1 (%2)").arg(workspace->name, UserText::productName(workspace->typeKey));
    ConfirmRequest request;
    request.action = tr("Grant access");
    request.question =
        tr("Give %1 the role %2 on %3?").arg(who, RoleCatalog::displayName(roleId), where);
    request.names = {who};
    request.count = 1;
    request.details = RoleCatalog::isBillable(roleId)
                          ? tr("This role takes a licence on that workspace if the person has "
                               "none there yet.")
                          : RoleCatalog::description(roleId);
    setApplying(tr("Waiting for your confirmation\u2026"));
    const QString accountId = m_person.accountId;
    const QString resource = workspace->id;
    const QString name = workspace->name;
    ConfirmDialog::ask(
        this, request, this,
        [this, accountId, resource, roleId, name](const ConfirmDialog::Answer &answer) {
            if (!answer.confirmed) {
                finishApplying(QString());
                return;
            }
            setApplying(tr("Granting access\u2026"));
            m_service.assignRole(accountId, roleId, resource, this,
                                 [this, roleId, name](const ApiError &error) {
                                     if (error.isError()) {
                                         finishApplying(RoleService::refusalInWords(error));
                                         return;
                                     }
                                     Q_EMIT granted(name, roleId);
                                     succeed();
                                 });
        });
}
