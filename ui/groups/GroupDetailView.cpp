#include "GroupDetailView.h"

#include "ActivityList.h"
#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "GroupMembersModel.h"
#include "GroupOperations.h"
#include "GroupRoleDialog.h"
#include "GroupService.h"
#include "Icons.h"
#include "JobLauncher.h"
#include "MessagePanel.h"
#include "PaletteWatcher.h"
#include "PasteListDialog.h"
#include "RoleCatalog.h"
#include "StatusColors.h"
#include "UserOperations.h"
#include "UserText.h"
#include "WorkspaceService.h"

#include <QBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

namespace {

enum RoleColumn { RoleWorkspace, RoleName, RoleHow };

QString resourceText(const GroupRoleAssignment &assignment)
{
    const QString id = assignment.resourceId.section(u'/', -1);
    return QStringLiteral("%1 (%2)").arg(assignment.resourceOwner, id.left(8));
}

} // namespace

GroupDetailView::GroupDetailView(Connection *connection, const GroupService *service,
                                 JobLauncher *launcher, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_service(service), m_launcher(launcher),
      m_title(new QLabel(this)), m_description(new QLabel(this)), m_readOnly(new QLabel(this)),
      m_members(new GroupMembersModel(&connection->users(), this)),
      m_activity(new ActivityList(this))
{
    setObjectName(QStringLiteral("groupDetail"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_description->setObjectName(QStringLiteral("groupDescriptionText"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_readOnly->setObjectName(QStringLiteral("groupReadOnlyReason"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setTextFormat(Qt::PlainText);
    PaletteWatcher::follow(m_readOnly, [label = m_readOnly] {
        label->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); "
                                            "border-left: 3px solid %1; padding: 4px; }")
                                 .arg(StatusColors::warning().name()));
    });
    m_readOnly->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_readOnly);
    layout->addWidget(createMembersBox(), 3);
    layout->addWidget(createRolesBox(), 2);
    m_activity->setObjectName(QStringLiteral("groupActivity"));
    m_activity->setOrg(connection->orgId());
    layout->addWidget(m_activity);
    setGroup(Group());
}

QWidget *GroupDetailView::createMembersBox()
{
    auto *box = new QGroupBox(tr("Members"), this);
    m_membersView = new QTableView(box);
    m_membersView->setObjectName(QStringLiteral("groupMembers"));
    m_membersView->setModel(m_members);
    m_membersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_membersView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_membersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_membersView->setShowGrid(false);
    m_membersView->setWordWrap(false);
    m_membersView->setAlternatingRowColors(true);
    m_membersView->verticalHeader()->hide();
    m_membersView->verticalHeader()->setDefaultSectionSize(m_membersView->fontMetrics().height() +
                                                           8);
    m_membersView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_membersView->horizontalHeader()->setStretchLastSection(false);
    m_membersView->horizontalHeader()->resizeSection(GroupMembersModel::Name, 150);
    m_membersView->horizontalHeader()->setSectionResizeMode(GroupMembersModel::Email,
                                                            QHeaderView::Stretch);
    m_membersView->horizontalHeader()->resizeSection(GroupMembersModel::Status, 90);
    m_membersCount = new QLabel(box);
    m_membersCount->setObjectName(QStringLiteral("groupMembersCount"));
    m_addMembers =
        new QPushButton(Icons::action(Icons::Action::Add), tr("&Add members\u2026"), box);
    m_addMembers->setObjectName(QStringLiteral("addMembers"));
    m_removeMembers =
        new QPushButton(Icons::action(Icons::Action::Remove), tr("Re&move\u2026"), box);
    m_removeMembers->setObjectName(QStringLiteral("removeMembers"));
    m_showInUsers = new QPushButton(tr("Show in &Users"), box);
    m_showInUsers->setObjectName(QStringLiteral("showMembersInUsers"));
    m_showInUsers->setToolTip(tr("Open the Users area filtered to this group's members"));
    connect(m_addMembers, &QPushButton::clicked, this, &GroupDetailView::openAddMembers);
    connect(m_removeMembers, &QPushButton::clicked, this, &GroupDetailView::removeSelectedMembers);
    connect(m_showInUsers, &QPushButton::clicked, this,
            [this] { Q_EMIT showMembersRequested(m_group); });
    connect(m_membersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupDetailView::updateActions);
    connect(m_members, &QAbstractItemModel::modelReset, this, &GroupDetailView::updateActions);
    auto updateCount = [this] {
        const QLocale locale;
        const int total = m_members->totalCount();
        const int loaded = m_members->loadedCount();
        if (m_members->lastError().isError())
            m_membersCount->setText(
                tr("Could not load the members. %1").arg(m_members->lastError().userMessage()));
        else if (loaded == 0 && (m_members->isLoading() || m_members->hasMore()))
            m_membersCount->setText(tr("Loading members\u2026"));
        else if (total >= 0 && loaded < total)
            m_membersCount->setText(
                tr("Showing %1 of %2").arg(locale.toString(loaded), locale.toString(total)));
        else
            m_membersCount->setText(tr("Members: %1").arg(locale.toString(qMax(total, loaded))));
    };
    connect(m_members, &PagedTableModel::loadedCountChanged, this, updateCount);
    connect(m_members, &PagedTableModel::totalCountChanged, this, updateCount);
    connect(m_members, &PagedTableModel::errorOccurred, this, updateCount);
    connect(m_members, &PagedTableModel::loadingChanged, this, updateCount);

    // The count on a line of its own: the buttons' words need the width in longer languages.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_showInUsers);
    buttons->addWidget(m_removeMembers);
    buttons->addWidget(m_addMembers);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_membersView, 1);
    layout->addWidget(m_membersCount);
    layout->addLayout(buttons);
    return box;
}

QWidget *GroupDetailView::createRolesBox()
{
    auto *box = new QGroupBox(tr("Roles on workspaces"), this);
    m_roles = new QTreeWidget(box);
    m_roles->setObjectName(QStringLiteral("groupRoles"));
    m_roles->setRootIsDecorated(false);
    m_roles->setHeaderLabels({tr("Workspace"), tr("Role"), tr("How")});
    m_roles->setAlternatingRowColors(true);
    m_roles->header()->setStretchLastSection(true);
    m_roles->header()->resizeSection(RoleWorkspace, 200);
    m_roles->header()->resizeSection(RoleName, 100);
    m_rolesMessage = new MessagePanel(MessagePanel::Style::Bar, box);
    m_rolesMessage->hide();
    connect(m_rolesMessage, &MessagePanel::buttonClicked, this, &GroupDetailView::reloadRoles);
    m_revokeRole =
        new QPushButton(Icons::action(Icons::Action::Revoke), tr("Re&voke role\u2026"), box);
    m_revokeRole->setObjectName(QStringLiteral("revokeRole"));
    connect(m_revokeRole, &QPushButton::clicked, this, &GroupDetailView::revokeSelectedRole);
    m_grantRole = new QPushButton(Icons::action(Icons::Action::Add), tr("&Grant role\u2026"), box);
    m_grantRole->setObjectName(QStringLiteral("grantRole"));
    connect(m_grantRole, &QPushButton::clicked, this, &GroupDetailView::openGrantRole);
    connect(m_roles, &QTreeWidget::itemSelectionChanged, this, &GroupDetailView::updateActions);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revokeRole);
    buttons->addWidget(m_grantRole);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_rolesMessage);
    layout->addWidget(m_roles, 1);
    layout->addLayout(buttons);
    return box;
}

QString GroupDetailView::readOnlyReason() const
{
    if (m_group.id.isEmpty())
        return QString();
    if (m_group.isSynced())
        return tr("Synced from your identity provider; change it there.");
    if (!m_group.modifiable)
        return tr("This group cannot be changed here.");
    return QString();
}

void GroupDetailView::setGroup(const Group &group)
{
    const bool other = group.id != m_group.id;
    m_group = group;
    const bool picked = !group.id.isEmpty();
    m_title->setText(picked ? group.name : tr("Pick a group to see its members and roles."));
    m_description->setText(group.description);
    m_description->setVisible(!group.description.isEmpty());
    m_readOnly->setText(readOnlyReason());
    m_readOnly->setVisible(!readOnlyReason().isEmpty());
    for (QWidget *box : findChildren<QGroupBox *>())
        box->setVisible(picked);
    if (other) {
        m_members->setGroup(group.directoryId, group.id);
        reloadRoles();
        if (picked)
            m_activity->load(group.id, group.name);
        else
            m_activity->clear();
    }
    updateActions();
}

bool GroupDetailView::isLoaded() const
{
    if (m_group.id.isEmpty() || m_members->lastError().isError())
        return true;
    return m_members->loadedCount() > 0 || !(m_members->isLoading() || m_members->hasMore());
}

void GroupDetailView::updateActions()
{
    const bool writable = !m_group.id.isEmpty() && readOnlyReason().isEmpty() && m_connection;
    const QString why = readOnlyReason();
    m_addMembers->setEnabled(writable);
    m_addMembers->setToolTip(writable ? tr("Add people by e-mail address or account ID, as one "
                                           "job with a result for each person")
                                      : why);
    const bool someSelected = m_membersView->selectionModel()->hasSelection();
    m_removeMembers->setEnabled(writable && someSelected);
    m_removeMembers->setToolTip(!writable      ? why
                                : someSelected ? tr("Remove the selected members from the group")
                                               : tr("Select members first"));
    m_showInUsers->setEnabled(!m_group.id.isEmpty());
    const bool roleSelected = m_roles->currentItem() && m_roles->currentItem()->isSelected();
    m_grantRole->setEnabled(writable);
    m_grantRole->setToolTip(writable ? tr("Give the group's members a role on a workspace") : why);
    m_revokeRole->setEnabled(writable && roleSelected);
    m_revokeRole->setToolTip(!writable      ? why
                             : roleSelected ? tr("Revoke the selected role from the group")
                                            : tr("Select a role first"));
}

QList<DirectoryUser> GroupDetailView::selectedMembers() const
{
    QList<DirectoryUser> people;
    for (const QModelIndex &index : m_membersView->selectionModel()->selectedRows())
        people.append(m_members->personAt(index.row()));
    return people;
}

void GroupDetailView::openAddMembers()
{
    if (!m_connection || m_group.id.isEmpty())
        return;
    auto *dialog = new PasteListDialog(&m_connection->users(), m_group.directoryId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add members to %1").arg(m_group.name));
    dialog->selectButton()->setText(tr("&Add them to the group"));
    const QString groupId = m_group.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, groupId] {
        if (m_group.id == groupId)
            addMembers(dialog->found());
    });
    dialog->open();
}

BulkJob *GroupDetailView::addMembers(const QList<DirectoryUser> &people)
{
    if (people.isEmpty() || !readOnlyReason().isEmpty())
        return nullptr;
    QList<JobItem> items;
    for (const DirectoryUser &person : people)
        items.append(UserOperations::itemFor(person));
    return startJob(GroupOperations::addMember(), items, int(items.size()));
}

void GroupDetailView::removeSelectedMembers()
{
    const QList<DirectoryUser> people = selectedMembers();
    if (people.isEmpty() || !readOnlyReason().isEmpty())
        return;
    ConfirmRequest request;
    request.action = tr("Remove from group");
    request.question =
        tr("Remove %n person(s) from \u201c%1\u201d? They lose the access the group gives.",
           nullptr, int(people.size()))
            .arg(m_group.name);
    for (const DirectoryUser &person : people)
        request.names.append(person.name.isEmpty() ? person.email : person.name);
    request.count = int(people.size());
    request.destructive = true;
    request.reason = ConfirmRequest::Reason::Optional;
    ConfirmDialog::ask(this, request, this, [this, people](const ConfirmDialog::Answer &answer) {
        if (!answer.confirmed)
            return;
        QList<JobItem> items;
        for (const DirectoryUser &person : people)
            items.append(UserOperations::itemFor(person));
        startJob(GroupOperations::removeMember(), items, int(items.size()));
    });
}

BulkJob *GroupDetailView::startJob(const QString &key, const QList<JobItem> &items, int count)
{
    if (!m_connection)
        return nullptr;
    JobSpec spec;
    spec.operation = key;
    spec.title = key == GroupOperations::addMember()
                     ? tr("Add %n person(s) to %1", nullptr, count).arg(m_group.name)
                     : tr("Remove %n person(s) from %1", nullptr, count).arg(m_group.name);
    spec.orgId = m_connection->orgId();
    spec.connection = m_connection->displayName();
    spec.params = GroupOperations::params(m_group.directoryId, m_group.id, m_group.name);
    // The pane follows the job to its end (and any undo of it).
    if (BulkJob *job = m_launcher->start(m_connection->client(), spec, items)) {
        Q_EMIT jobStarted(job);
        return job;
    }
    return nullptr;
}

void GroupDetailView::reloadRoles()
{
    QObject *context = m_rolesScope.renew();
    m_roles->clear();
    m_roles->show();
    m_rolesMessage->hide();
    updateActions();
    if (m_group.id.isEmpty())
        return;
    GroupRolePager *pager = m_service->roleAssignments(m_group.directoryId, m_group.id, context);
    connect(pager, &GroupRolePager::assignmentsReceived, context,
            [this, pager](const QList<GroupRoleAssignment> &page, bool hasMore) {
                for (const GroupRoleAssignment &assignment : page) {
                    for (const QString &role : assignment.roles) {
                        auto *item = new QTreeWidgetItem(m_roles);
                        item->setText(RoleWorkspace, resourceText(assignment));
                        item->setToolTip(RoleWorkspace, assignment.resourceId);
                        item->setData(RoleWorkspace, Qt::UserRole, assignment.resourceId);
                        item->setText(RoleName, RoleCatalog::displayName(role));
                        item->setToolTip(RoleName, RoleCatalog::description(role));
                        item->setData(RoleName, Qt::UserRole, role);
                        item->setText(RoleHow, role == assignment.defaultRole ? tr("Default access")
                                                                              : tr("Granted"));
                    }
                }
                nameWorkspaces();
                if (hasMore)
                    pager->fetchNext();
                else if (m_roles->topLevelItemCount() == 0)
                    m_rolesMessage->showMessage(tr("This group holds no roles."));
                const bool none = !hasMore && m_roles->topLevelItemCount() == 0;
                m_rolesMessage->setVisible(none);
                m_roles->setVisible(!none);
            });
    connect(pager, &Pager::failed, context, [this](const ApiError &error) {
        m_rolesMessage->showMessage(tr("Could not load the roles. %1").arg(error.userMessage()),
                                    tr("Retry"), true);
        m_rolesMessage->show();
    });
    pager->fetchNext();
    lookUpWorkspaces();
}

void GroupDetailView::lookUpWorkspaces()
{
    // The workspaces' names, once: the role assignments name only their ARIs.
    if (m_workspacesAsked || !m_connection)
        return;
    m_workspacesAsked = true;
    WorkspacePager *pager = WorkspaceService(m_connection->client(), m_connection->orgId())
                                .search(QString(), 1000, this);
    connect(pager, &WorkspacePager::workspacesReceived, this,
            [this, pager](const QList<Workspace> &workspaces, bool hasMore) {
                for (const Workspace &workspace : workspaces)
                    m_workspaceNames.insert(
                        workspace.id, tr("%1 (%2)").arg(workspace.name,
                                                        UserText::productName(workspace.typeKey)));
                nameWorkspaces();
                if (hasMore)
                    pager->fetchNext();
                else
                    pager->deleteLater();
            });
    connect(pager, &Pager::failed, this, [this, pager] {
        m_workspacesAsked = false; // the ARIs stay; try again next time
        pager->deleteLater();
    });
    pager->fetchNext();
}

void GroupDetailView::nameWorkspaces()
{
    for (int i = 0; i < m_roles->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_roles->topLevelItem(i);
        const QString name =
            m_workspaceNames.value(item->data(RoleWorkspace, Qt::UserRole).toString());
        if (!name.isEmpty())
            item->setText(RoleWorkspace, name);
    }
}

void GroupDetailView::openGrantRole()
{
    if (!m_connection || m_group.id.isEmpty() || !readOnlyReason().isEmpty())
        return;
    auto *dialog = new GroupRoleDialog(m_connection, m_service, m_group, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString groupId = m_group.id;
    connect(dialog, &GroupRoleDialog::granted, this, [this, groupId] {
        if (m_group.id == groupId)
            reloadRoles();
        Q_EMIT groupChanged(groupId);
    });
    dialog->open();
}

void GroupDetailView::revokeSelectedRole()
{
    QTreeWidgetItem *item = m_roles->currentItem();
    if (!item || !readOnlyReason().isEmpty() || !m_connection)
        return;
    const QString resourceId = item->data(RoleWorkspace, Qt::UserRole).toString();
    const QString roleId = item->data(RoleName, Qt::UserRole).toString();
    ConfirmRequest request;
    request.action = tr("Revoke role");
    request.question = tr("Revoke the role \u201c%1\u201d on %2 from \u201c%3\u201d? Its %n "
                          "member(s) lose the access it gives.",
                          nullptr, qMax(0, m_group.userCount))
                           .arg(item->text(RoleName), item->text(RoleWorkspace), m_group.name);
    request.names = {m_group.name};
    request.count = 1;
    request.destructive = true;
    const QString groupId = m_group.id;
    ConfirmDialog::ask(this, request, this,
                       [this, groupId, resourceId, roleId](const ConfirmDialog::Answer &answer) {
                           if (!answer.confirmed)
                               return;
                           m_service->revokeRole(
                               m_group.directoryId, groupId, resourceId, roleId, this,
                               [this, groupId](const ApiError &error) {
                                   if (error.isError()) {
                                       m_rolesMessage->showMessage(
                                           tr("Could not revoke the role. %1")
                                               .arg(GroupOperations::refusalInWords(error)),
                                           QString(), true);
                                       m_rolesMessage->show();
                                       return;
                                   }
                                   if (m_group.id == groupId)
                                       reloadRoles();
                                   Q_EMIT groupChanged(groupId);
                               });
                       });
}
