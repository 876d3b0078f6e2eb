#include "GroupRoleDialog.h"

#include "ConfirmDialog.h"
#include "GroupOperations.h"
#include "GroupService.h"
#include "RoleCatalog.h"
#include "UserText.h"
#include "WorkspaceRoleFields.h"

GroupRoleDialog::GroupRoleDialog(Connection *connection, const GroupService *service,
                                 const Group &group, QWidget *parent)
    : FormDialog(parent), m_service(service), m_group(group),
      m_fields(
          new WorkspaceRoleFields(connection, form(), QStringLiteral("group"), this, groupRoles()))
{
    setObjectName(QStringLiteral("groupRoleDialog"));
    setWindowTitle(tr("Grant a role to %1").arg(group.name));
    setApplyText(tr("Grant role"));
    setMinimumWidth(560);
}

QStringList GroupRoleDialog::groupRoles()
{
    return {QStringLiteral("atlassian/user"),        QStringLiteral("atlassian/user-access-admin"),
            QStringLiteral("atlassian/admin"),       QStringLiteral("atlassian/guest"),
            QStringLiteral("atlassian/contributor"), QStringLiteral("atlassian/customer"),
            QStringLiteral("atlassian/basic"),       QStringLiteral("atlassian/stakeholder"),
            QStringLiteral("atlassian/viewer")};
}

WorkspacePicker *GroupRoleDialog::picker() const
{
    return m_fields->picker();
}

QComboBox *GroupRoleDialog::roleBox() const
{
    return m_fields->roleBox();
}

QString GroupRoleDialog::role() const
{
    return m_fields->role();
}

QString GroupRoleDialog::validate()
{
    if (!m_fields->workspace())
        return tr("Pick the workspace the role is on.");
    if (role().isEmpty())
        return tr("Pick a role.");
    return QString();
}

void GroupRoleDialog::apply()
{
    const auto workspace = m_fields->workspace();
    const QString roleId = role();
    const QString where =
        tr("%1 (%2)").arg(workspace->name, UserText::productName(workspace->typeKey));
    ConfirmRequest request;
    request.action = tr("Grant role");
    request.question = tr("Give every member of \u201c%1\u201d the role %2 on %3?")
                           .arg(m_group.name, RoleCatalog::displayName(roleId), where);
    request.names = {m_group.name};
    request.count = 1;
    request.details =
        m_group.userCount >= 0
            ? tr("%n member(s) now, and whoever joins the group later.", nullptr, m_group.userCount)
            : QString();
    if (RoleCatalog::isBillable(roleId))
        request.details += u' ' + tr("Members without a licence on that workspace take one.");
    setApplying(tr("Waiting for your confirmation\u2026"));
    const QString resource = workspace->id;
    const QString name = workspace->name;
    ConfirmDialog::ask(
        this, request, this, [this, resource, roleId, name](const ConfirmDialog::Answer &answer) {
            if (!answer.confirmed) {
                finishApplying(QString());
                return;
            }
            setApplying(tr("Granting the role\u2026"));
            m_service->assignRole(m_group.directoryId, m_group.id, resource, roleId, this,
                                  [this, roleId, name](const ApiError &error) {
                                      if (error.isError()) {
                                          finishApplying(GroupOperations::refusalInWords(error));
                                          return;
                                      }
                                      Q_EMIT granted(name, roleId);
                                      succeed();
                                  });
        });
}
