#include "GroupRoleDialog.h"

#include "ConfirmDialog.h"
#include "GroupOperations.h"
#include "GroupService.h"
#include "RoleCatalog.h"
#include "UserText.h"
#include "WorkspacePicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

GroupRoleDialog::GroupRoleDialog(Connection *connection, const GroupService *service,
                                 const Group &group, QWidget *parent)
    : FormDialog(parent), m_service(service), m_group(group),
      m_picker(new WorkspacePicker(connection, this)), m_roles(new QComboBox(this)),
      m_roleNote(new QLabel(this))
{
    setObjectName(QStringLiteral("groupRoleDialog"));
    setWindowTitle(tr("Grant a role to %1").arg(group.name));
    m_picker->setObjectName(QStringLiteral("groupWorkspacePicker"));
    m_picker->setMinimumHeight(220);
    form()->addRow(tr("&Workspace"), m_picker);
    m_roles->setObjectName(QStringLiteral("groupRole"));
    form()->addRow(tr("&Role"), m_roles);
    m_roleNote->setWordWrap(true);
    m_roleNote->setEnabled(false);
    // Room for two lines: the note changes with the role, after the dialog has its size.
    m_roleNote->setMinimumHeight(m_roleNote->fontMetrics().lineSpacing() * 2 + 4);
    form()->addRow(QString(), m_roleNote);
    setApplyText(tr("Grant role"));
    setMinimumWidth(560);
    connect(m_picker, &WorkspacePicker::selectionChanged, this, &GroupRoleDialog::fillRoles);
    connect(m_roles, &QComboBox::currentIndexChanged, this,
            [this] { m_roleNote->setText(RoleCatalog::description(role())); });
    fillRoles();
}

QStringList GroupRoleDialog::groupRoles()
{
    return {QStringLiteral("atlassian/user"),        QStringLiteral("atlassian/user-access-admin"),
            QStringLiteral("atlassian/admin"),       QStringLiteral("atlassian/guest"),
            QStringLiteral("atlassian/contributor"), QStringLiteral("atlassian/customer"),
            QStringLiteral("atlassian/basic"),       QStringLiteral("atlassian/stakeholder"),
            QStringLiteral("atlassian/viewer")};
}

void GroupRoleDialog::fillRoles()
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
    const QStringList allowed = groupRoles();
    for (const QString &id : RoleCatalog::rolesFor(workspace->typeKey)) {
        if (allowed.contains(id))
            m_roles->addItem(RoleCatalog::displayName(id), id);
    }
    const int again = m_roles->findData(previous);
    m_roles->setCurrentIndex(again >= 0 ? again : 0);
}

QString GroupRoleDialog::role() const
{
    return m_roles->currentData().toString();
}

QString GroupRoleDialog::validate()
{
    if (m_picker->selectedWorkspaceId().isEmpty())
        return tr("Pick the workspace the role is on.");
    if (role().isEmpty())
        return tr("Pick a role.");
    return QString();
}

void GroupRoleDialog::apply()
{
    const auto workspace = m_picker->selectedWorkspace();
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
