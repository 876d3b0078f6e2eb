#include "GrantAccessDialog.h"

#include "ConfirmDialog.h"
#include "Connection.h"
#include "RoleCatalog.h"
#include "UserText.h"
#include "WorkspaceRoleFields.h"

GrantAccessDialog::GrantAccessDialog(Connection *connection, const DirectoryUser &person,
                                     QWidget *parent)
    : FormDialog(parent), m_service(connection->client(), connection->orgId()), m_person(person),
      m_fields(new WorkspaceRoleFields(connection, form(), QStringLiteral("grant"), this))
{
    setObjectName(QStringLiteral("grantAccessDialog"));
    const QString who = person.name.isEmpty() ? person.email : person.name;
    setWindowTitle(tr("Grant access: %1").arg(who));
    setApplyText(tr("Grant access"));
    setMinimumWidth(560);
}

WorkspacePicker *GrantAccessDialog::picker() const
{
    return m_fields->picker();
}

QComboBox *GrantAccessDialog::roleBox() const
{
    return m_fields->roleBox();
}

QString GrantAccessDialog::role() const
{
    return m_fields->role();
}

bool GrantAccessDialog::setRole(const QString &roleId)
{
    return m_fields->setRole(roleId);
}

QString GrantAccessDialog::validate()
{
    if (!m_fields->workspace())
        return tr("Pick the workspace to grant access to.");
    if (role().isEmpty())
        return tr("Pick a role.");
    return QString();
}

void GrantAccessDialog::apply()
{
    const auto workspace = m_fields->workspace();
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
