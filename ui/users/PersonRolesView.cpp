#include "PersonRolesView.h"

#include "ConfirmDialog.h"
#include "Connection.h"
#include "GrantAccessDialog.h"
#include "Icons.h"
#include "RoleCatalog.h"
#include "RoleService.h"
#include "UserText.h"
#include "WorkspaceDirectory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

int g_settleDelayMs = 30000;

enum Column { ResourceColumn, RoleColumn, HowColumn };
enum ItemRole { ResourceIdRole = Qt::UserRole, RoleIdRole, DirectRole, PlatformRole };

QString howText(const RoleGrant &grant)
{
    QStringList ways;
    if (grant.isDirect())
        ways.append(PersonRolesView::tr("direct"));
    if (grant.isViaGroup())
        ways.append(PersonRolesView::tr("via group"));
    if (grant.isInferred())
        ways.append(PersonRolesView::tr("inferred"));
    return ways.isEmpty() ? PersonRolesView::tr("not stated") : ways.join(QStringLiteral(", "));
}

} // namespace

PersonRolesView::PersonRolesView(QWidget *parent)
    : QWidget(parent), m_list(new QTreeWidget(this)), m_status(new QLabel(this)),
      m_note(new QLabel(this)),
      m_grant(new QPushButton(Icons::action(Icons::Action::Add), tr("Grant access\u2026"), this)),
      m_revoke(new QPushButton(Icons::action(Icons::Action::Revoke), tr("Revoke"), this)),
      m_makeAdmin(new QPushButton(tr("Make organization admin\u2026"), this)),
      m_removeAdmin(new QPushButton(tr("Remove organization admin\u2026"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Roles"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    m_list->setObjectName(QStringLiteral("rolesList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Resource"), tr("Role"), tr("Granted")});
    // The pane is narrow: the resource takes what is left, elided, and the rest fit their text.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ResourceColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(HowColumn, QHeaderView::ResizeToContents);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumHeight(120);
    layout->addWidget(m_list);

    m_status->setObjectName(QStringLiteral("rolesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_note->setObjectName(QStringLiteral("rolesNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Role changes can take up to 30 seconds to show. This list is read "
                       "again in a moment."));
    m_note->hide();
    layout->addWidget(m_note);

    auto *buttons = new QHBoxLayout;
    m_grant->setObjectName(QStringLiteral("rolesGrant"));
    m_revoke->setObjectName(QStringLiteral("rolesRevoke"));
    buttons->addWidget(m_grant);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // One above the other: side by side they would make the narrow pane scroll sideways.
    m_makeAdmin->setObjectName(QStringLiteral("rolesMakeOrgAdmin"));
    m_removeAdmin->setObjectName(QStringLiteral("rolesRemoveOrgAdmin"));
    layout->addWidget(m_makeAdmin, 0, Qt::AlignLeft);
    layout->addWidget(m_removeAdmin, 0, Qt::AlignLeft);

    m_delay.setSingleShot(true);
    m_delay.setInterval(150); // moving through people does not ask for each one's roles
    connect(&m_delay, &QTimer::timeout, this, &PersonRolesView::request);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &PersonRolesView::request);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PersonRolesView::updateButtons);
    connect(m_grant, &QPushButton::clicked, this, &PersonRolesView::grantAccess);
    connect(m_revoke, &QPushButton::clicked, this, &PersonRolesView::revokeSelected);
    connect(m_makeAdmin, &QPushButton::clicked, this, [this] { changeOrgAdmin(true); });
    connect(m_removeAdmin, &QPushButton::clicked, this, [this] { changeOrgAdmin(false); });
    updateButtons();
}

PersonRolesView::~PersonRolesView() = default;

void PersonRolesView::setSettleDelay(int ms)
{
    g_settleDelayMs = qMax(0, ms);
}

int PersonRolesView::settleDelay()
{
    return g_settleDelayMs;
}

void PersonRolesView::setConnection(Connection *connection)
{
    m_connection = connection;
    if (m_workspaces)
        disconnect(m_workspaces, nullptr, this, nullptr);
    m_workspaces = WorkspaceDirectory::of(connection);
    // The list shows ARIs until the names are in.
    if (m_workspaces)
        connect(m_workspaces, &WorkspaceDirectory::loaded, this, &PersonRolesView::fill);
}

void PersonRolesView::clear()
{
    m_delay.stop();
    m_settle.stop();
    m_request.clear(); // drops the pagers and every late answer with it
    m_person = DirectoryUser();
    m_assignments.clear();
    m_incoming.clear();
    m_loading = false;
    m_list->clear();
    setStatus(QString());
    m_note->hide();
    updateButtons();
}

void PersonRolesView::load(const DirectoryUser &person)
{
    clear();
    m_person = person;
    m_loading = true;
    setStatus(tr("Loading roles\u2026"));
    m_delay.start();
}

void PersonRolesView::reload()
{
    if (!m_person.accountId.isEmpty())
        request();
}

void PersonRolesView::request()
{
    m_delay.stop();
    if (!m_connection || m_person.accountId.isEmpty()) {
        m_loading = false;
        setStatus(tr("Not connected to an organization."));
        Q_EMIT loaded();
        return;
    }
    QObject *context = m_request.renew();
    m_loading = true;
    m_incoming.clear();
    if (m_workspaces)
        m_workspaces->load();
    const RoleService service(m_connection->client(), m_connection->orgId());
    m_pager = service.userRoles(m_person.accountId, QString(), {}, context);
    connect(m_pager, &RoleAssignmentPager::assignmentsReceived, this,
            &PersonRolesView::addAssignments);
    connect(m_pager, &Pager::failed, context, [this](const ApiError &error) {
        m_loading = false;
        if (!m_settle.isActive())
            m_note->hide();
        setStatus(tr("Could not read the roles: %1").arg(error.userMessage()));
        Q_EMIT loaded();
    });
    m_pager->fetchNext();
}

void PersonRolesView::addAssignments(const QList<ResourceRoleAssignment> &assignments, bool hasMore)
{
    m_incoming += assignments;
    if (hasMore) {
        m_pager->fetchNext();
        return;
    }
    m_assignments = std::exchange(m_incoming, {});
    m_loading = false;
    if (!m_settle.isActive())
        m_note->hide(); // the read after the delay is in
    fill();
    Q_EMIT loaded();
}

QString PersonRolesView::resourceName(const QString &resourceId, const QString &owner) const
{
    if (owner == QLatin1String("platform") || resourceId.contains(QLatin1String("::org/")))
        return tr("Organization");
    const auto workspace = m_workspaces ? m_workspaces->find(resourceId) : std::nullopt;
    if (!workspace)
        return resourceId;
    // The product first: one site's products share its name.
    return tr("%1 (%2)").arg(UserText::productName(workspace->typeKey), workspace->name);
}

void PersonRolesView::fill()
{
    const QString selectedResource = m_list->currentItem()
                                         ? m_list->currentItem()->data(0, ResourceIdRole).toString()
                                         : QString();
    const QString selectedRole =
        m_list->currentItem() ? m_list->currentItem()->data(0, RoleIdRole).toString() : QString();
    m_list->clear();
    int roles = 0;
    for (const ResourceRoleAssignment &a : std::as_const(m_assignments)) {
        const QString where = resourceName(a.resourceId, a.resourceOwner);
        for (const RoleGrant &grant : a.roles) {
            auto *item = new QTreeWidgetItem(
                m_list, {where, RoleCatalog::displayName(grant.role), howText(grant)});
            item->setToolTip(ResourceColumn, a.resourceId);
            item->setToolTip(RoleColumn, RoleCatalog::description(grant.role));
            item->setData(0, ResourceIdRole, a.resourceId);
            item->setData(0, RoleIdRole, grant.role);
            item->setData(0, DirectRole, grant.isDirect());
            item->setData(0, PlatformRole, a.isPlatform());
            if (a.resourceId == selectedResource && grant.role == selectedRole)
                m_list->setCurrentItem(item);
            ++roles;
        }
    }
    if (!m_loading && m_note->isHidden())
        setStatus(roles == 0 ? tr("No roles: this person has no access to any product.")
                             : QString());
    updateButtons();
}

bool PersonRolesView::isOrgAdmin() const
{
    for (const ResourceRoleAssignment &a : m_assignments) {
        for (const RoleGrant &grant : a.roles) {
            if (grant.role == RoleCatalog::OrgAdmin)
                return true;
        }
    }
    return false;
}

void PersonRolesView::updateButtons()
{
    const bool person = !m_person.accountId.isEmpty() && m_connection;
    m_grant->setEnabled(person);
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool selected = item && item->isSelected();
    const bool orgAdminRow =
        selected && item->data(0, RoleIdRole).toString() == RoleCatalog::OrgAdmin;
    const bool direct = selected && item->data(0, DirectRole).toBool();
    m_revoke->setEnabled(person && direct && !orgAdminRow);
    if (!selected)
        m_revoke->setToolTip(tr("Select a role to revoke."));
    else if (orgAdminRow)
        m_revoke->setToolTip(tr("Use \u201cRemove organization admin\u201d for this role."));
    else if (!direct)
        m_revoke->setToolTip(tr("Granted through a group or inferred from another role: "
                                "remove the person from the group, or change that role."));
    else
        m_revoke->setToolTip(QString());
    bool directAdmin = false;
    for (const ResourceRoleAssignment &a : std::as_const(m_assignments)) {
        for (const RoleGrant &grant : a.roles)
            directAdmin |= grant.role == RoleCatalog::OrgAdmin && grant.isDirect();
    }
    m_makeAdmin->setEnabled(person && !m_loading && !isOrgAdmin());
    m_removeAdmin->setEnabled(person && !m_loading && directAdmin);
    m_removeAdmin->setToolTip(isOrgAdmin() && !directAdmin
                                  ? tr("An organization admin through a group: remove the "
                                       "person from that group instead.")
                                  : QString());
}

QString PersonRolesView::personName() const
{
    return m_person.name.isEmpty() ? m_person.email : m_person.name;
}

void PersonRolesView::changed(const QString &what)
{
    setStatus(what);
    m_note->show();
    m_settle.start(g_settleDelayMs);
    request(); // what already shows
}

void PersonRolesView::showFailure(const QString &what, const ApiError &error)
{
    setStatus(tr("%1 failed: %2").arg(what, RoleService::refusalInWords(error)));
}

void PersonRolesView::grantAccess()
{
    if (!m_connection || m_person.accountId.isEmpty())
        return;
    auto *dialog = new GrantAccessDialog(m_connection, m_person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GrantAccessDialog::granted, this,
            [this](const QString &workspace, const QString &role) {
                changed(tr("Granted %1 on %2.").arg(RoleCatalog::displayName(role), workspace));
            });
    dialog->open();
}

void PersonRolesView::revokeSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!m_connection || !item || !m_revoke->isEnabled())
        return;
    const QString resource = item->data(0, ResourceIdRole).toString();
    const QString role = item->data(0, RoleIdRole).toString();
    const QString where = item->text(ResourceColumn);
    ConfirmRequest request;
    request.action = tr("Revoke role");
    request.question = tr("Take the role %1 on %2 away from %3?")
                           .arg(RoleCatalog::displayName(role), where, personName());
    request.names = {personName()};
    request.count = 1;
    request.details = tr("A role the person also holds through a group stays until they leave "
                         "the group.");
    request.destructive = true;
    const QString accountId = m_person.accountId;
    ConfirmDialog::ask(
        this, request, this,
        [this, accountId, resource, role, where](const ConfirmDialog::Answer &answer) {
            if (!answer.confirmed || !m_connection)
                return;
            const RoleService service(m_connection->client(), m_connection->orgId());
            service.revokeRole(
                accountId, role, resource, this,
                [this, accountId, role, where](const ApiError &error) {
                    if (m_person.accountId != accountId)
                        return; // another person is shown by now
                    if (error.isError())
                        showFailure(tr("Revoking the role"), error);
                    else
                        changed(tr("Revoked %1 on %2.").arg(RoleCatalog::displayName(role), where));
                });
        });
}

void PersonRolesView::changeOrgAdmin(bool admin)
{
    if (!m_connection || m_person.accountId.isEmpty())
        return;
    ConfirmRequest request;
    request.action = admin ? tr("Make organization admin") : tr("Remove organization admin");
    request.question = admin ? tr("Make %1 an organization admin?").arg(personName())
                             : tr("Stop %1 being an organization admin?").arg(personName());
    request.names = {personName()};
    request.count = 1;
    request.details = admin ? tr("Organization admins control every product, user, policy and "
                                 "API key of the organization, including other admins.")
                            : tr("They lose the administration of the organization at once; "
                                 "roles they hold on products stay.");
    request.irreversible = true; // the strongest confirmation: a word to type
    request.typeToConfirm = admin ? tr("admin") : tr("remove");
    request.warning = tr("This changes who controls the organization.");
    request.destructive = true;
    const QString accountId = m_person.accountId;
    ConfirmDialog::ask(
        this, request, this, [this, accountId, admin](const ConfirmDialog::Answer &answer) {
            if (!answer.confirmed || !m_connection)
                return;
            const RoleService service(m_connection->client(), m_connection->orgId());
            auto done = [this, accountId, admin](const ApiError &error) {
                if (m_person.accountId != accountId)
                    return; // another person is shown by now
                if (error.isError()) {
                    showFailure(admin ? tr("Making them an organization admin")
                                      : tr("Removing the organization admin role"),
                                error);
                } else {
                    changed(admin ? tr("%1 is now an organization admin.").arg(personName())
                                  : tr("%1 is no longer an organization admin.").arg(personName()));
                }
            };
            if (admin)
                service.grantOrgAdmin(accountId, this, done);
            else
                service.revokeOrgAdmin(accountId, this, done);
        });
}

bool PersonRolesView::isLoading() const
{
    return m_loading || m_delay.isActive();
}

int PersonRolesView::rowCount() const
{
    return m_list->topLevelItemCount();
}

QStringList PersonRolesView::rowTexts() const
{
    QStringList rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        rows.append(
            QStringList{item->text(ResourceColumn), item->text(RoleColumn), item->text(HowColumn)}
                .join(QStringLiteral(" \u00b7 ")));
    }
    return rows;
}

QString PersonRolesView::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void PersonRolesView::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString PersonRolesView::statusText() const
{
    return m_status->text();
}
