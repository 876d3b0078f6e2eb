#include "GroupsPane.h"

#include "ActivityList.h"
#include "AreaLink.h"
#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "GroupDetailView.h"
#include "GroupMembersModel.h"
#include "GroupOperations.h"
#include "GroupService.h"
#include "GroupsModel.h"
#include "Icons.h"
#include "InviteDialog.h"
#include "JobLauncher.h"
#include "JobManager.h"
#include "MessagePanel.h"
#include "NewGroupDialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>

namespace {

ListAreaPane::Texts groupTexts()
{
    return {GroupsPane::tr("Search group names"),
            GroupsPane::tr("Loading groups\u2026"),
            GroupsPane::tr("This directory has no groups."),
            GroupsPane::tr("No groups match this search."),
            GroupsPane::tr("Could not load the groups."),
            QStringLiteral("groups.csv")};
}

} // namespace

GroupsPane::GroupsPane(Connection *connection, QWidget *parent)
    : ListAreaPane(QStringLiteral("groups"), groupTexts(), parent), m_connection(connection),
      m_service(std::make_unique<GroupService>(connection->client(), connection->orgId())),
      m_model(new GroupsModel(m_service.get(), this)), m_launcher(new JobLauncher(this))
{
    setObjectName(QStringLiteral("groupsPane"));
    m_detail = new GroupDetailView(connection, m_service.get(), m_launcher, this);
    build(m_model, nullptr, m_detail);
    setMultiSelection(false);
    // The detail holds two lists (members, roles): it gets more room than most.
    m_detail->setMinimumWidth(320);
    splitter()->setStretchFactor(1, 2);
    splitter()->setSizes({800, 520});
    setUpView();

    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("groupStats"));
    addFilterWidget(m_stats);
    addActions();

    connect(m_model, &PagedTableModel::loadedCountChanged, this, &GroupsPane::trySelectPending);
    connect(m_model, &PagedTableModel::totalCountChanged, this, &GroupsPane::trySelectPending);
    connect(m_model, &PagedTableModel::loadingChanged, this, &GroupsPane::trySelectPending);
    connect(m_model, &PagedTableModel::firstPageLoaded, this, &GroupsPane::pickFirstGroup);
    // ready() waits for the first group's first members too.
    connect(m_detail->membersModel(), &PagedTableModel::firstPageLoaded, this,
            &GroupsPane::maybeReady);
    connect(m_detail->membersModel(), &PagedTableModel::errorOccurred, this,
            &GroupsPane::maybeReady);
    connect(m_detail, &GroupDetailView::groupChanged, this, &GroupsPane::reloadGroup);
    connect(m_detail, &GroupDetailView::showMembersRequested, this, &GroupsPane::showInUsers);
    connect(m_detail->activityList(), &ActivityList::openRequested, this, &AreaPane::openRequested);
    applyFilters();
    loadStats();
}

GroupsPane::~GroupsPane() = default;

void GroupsPane::setUpView()
{
    QHeaderView *header = view()->horizontalHeader();
    header->setStretchLastSection(false);
    header->resizeSection(GroupsModel::Name, 230);
    header->resizeSection(GroupsModel::Description, 300);
    header->resizeSection(GroupsModel::Users, 70);
    header->resizeSection(GroupsModel::Resources, 80);
    header->setSectionResizeMode(GroupsModel::Description, QHeaderView::Stretch);
    // The server sorts by name; ascending is its order without asking.
    header->setSortIndicator(GroupsModel::Name, Qt::AscendingOrder);
    // Only the name sorts (on the server): a click elsewhere keeps the name's arrow.
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder) {
                if (column != GroupsModel::Name)
                    header->setSortIndicator(GroupsModel::Name, m_model->query().descending
                                                                    ? Qt::DescendingOrder
                                                                    : Qt::AscendingOrder);
            });
    header->setToolTip(tr("Click Name to sort the other way; the server sorts by name only"));
}

void GroupsPane::addActions()
{
    m_new = addActionButton(QStringLiteral("newGroup"), tr("&New group\u2026"));
    m_new->setIcon(Icons::action(Icons::Action::Add));
    connect(m_new, &QPushButton::clicked, this, &GroupsPane::openNewGroup);
    m_delete = addActionButton(QStringLiteral("deleteGroup"), tr("&Delete\u2026"));
    m_delete->setIcon(Icons::action(Icons::Action::Remove));
    connect(m_delete, &QPushButton::clicked, this, &GroupsPane::deleteCurrent);
    setRemoveButton(m_delete, tr("Delete group\u2026"));
    m_invite =
        addActionButton(QStringLiteral("inviteIntoGroup"), tr("&Invite into this group\u2026"));
    connect(m_invite, &QPushButton::clicked, this, &GroupsPane::openInvite);
    updateActions();
}

void GroupsPane::setScope(const QString &directoryId)
{
    m_directoryId = directoryId.isEmpty() ? QStringLiteral("-") : directoryId;
    applyFilters();
    loadStats();
}

void GroupsPane::refresh()
{
    ListAreaPane::refresh();
    loadStats();
}

void GroupsPane::open(const AreaLink &link)
{
    if (link.itemId.isEmpty())
        return;
    // A search could hide the group: show every group of the directory.
    if (clearSearchQuietly())
        applyFilters();
    selectGroup(link.itemId);
}

void GroupsPane::applyFilters()
{
    GroupQuery query = m_model->query(); // keeps the order
    query.directoryId = m_directoryId;
    query.searchTerm = searchField()->text().trimmed();
    m_model->setQuery(query);
    afterQueryChanged();
}

bool GroupsPane::clearSearchQuietly()
{
    if (searchField()->text().isEmpty())
        return false;
    const QSignalBlocker quiet(searchField());
    searchField()->clear();
    return true;
}

QString GroupsPane::amount(int count) const
{
    return tr("%n groups", nullptr, count);
}

QString GroupsPane::noneMatchText() const
{
    return tr("No group names contain \u201c%1\u201d.").arg(m_model->query().searchTerm);
}

void GroupsPane::loadStats()
{
    m_service->stats(m_directoryId, m_statsScope.renew(),
                     [this](const ApiResult<GroupStats> &result) {
                         if (!result.ok()) {
                             m_stats->setText(tr("Stats unavailable"));
                             m_stats->setToolTip(result.error.userMessage());
                             return;
                         }
                         const QLocale locale;
                         m_stats->setText(tr("Groups: %1 \u00b7 managed here: %2 \u00b7 synced: %3")
                                              .arg(locale.toString(result.value.all),
                                                   locale.toString(result.value.managed),
                                                   locale.toString(result.value.synced)));
                         m_stats->setToolTip(tr("Synced groups come from your identity provider "
                                                "and change there."));
                     });
}

QString GroupsPane::statsText() const
{
    return m_stats->text();
}

Group GroupsPane::currentGroup() const
{
    const int row = currentSourceRow();
    return row < 0 ? Group() : m_model->groupAt(row);
}

void GroupsPane::showDetails(int sourceRow)
{
    m_detail->setGroup(sourceRow < 0 ? Group() : m_model->groupAt(sourceRow));
}

// Something to show on the right from the start: the first group, unless one is asked for.
void GroupsPane::pickFirstGroup()
{
    if (std::exchange(m_firstPageSeen, true))
        return;
    if (m_pendingSelect.isEmpty() && currentSourceRow() < 0 && m_model->rowCount() > 0)
        selectSourceRow(0);
    maybeReady();
}

bool GroupsPane::isDetailReady() const
{
    // The first page picks the first group after the skeleton has seen it: wait for that (an
    // error in its place picks nothing), then for the group's first members.
    if (!m_firstPageSeen && !m_model->lastError().isError())
        return false;
    return m_detail->isLoaded();
}

QString GroupsPane::deleteBlockedReason(const Group &group)
{
    if (group.id.isEmpty())
        return tr("Pick a group first");
    if (group.isSynced())
        return tr("Synced from your identity provider; change it there.");
    if (!group.deletable)
        return tr("The organization does not allow deleting this group: it gives a product's "
                  "default access or admin rights.");
    return QString();
}

InviteDialog *GroupsPane::openInvite()
{
    auto *dialog = new InviteDialog(m_connection, m_launcher, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Group group = currentGroup();
    if (!group.id.isEmpty() && !group.isSynced())
        dialog->preselectGroup(group.id);
    // The group's members and counts follow once the invitation's job is done.
    connect(dialog, &InviteDialog::jobStarted, this, [this, groupId = group.id](BulkJob *job) {
        connect(job, &BulkJob::finished, this, [this, groupId] {
            if (m_detail->group().id == groupId)
                m_detail->membersModel()->reload();
            reloadGroup(groupId);
        });
    });
    dialog->open();
    return dialog;
}

void GroupsPane::updateActions()
{
    const Group group = currentGroup();
    m_invite->setEnabled(!group.id.isEmpty() && !group.isSynced());
    m_invite->setToolTip(group.isSynced()
                             ? tr("Synced from an identity provider: people join it there")
                             : tr("Invite people by e-mail straight into this group"));
    const QString reason = deleteBlockedReason(currentGroup());
    m_delete->setEnabled(reason.isEmpty());
    m_delete->setToolTip(reason.isEmpty() ? tr("Delete the group (its members stay in the "
                                               "organization)")
                                          : reason);
}

void GroupsPane::selectGroup(const QString &groupId)
{
    m_pendingSelect = groupId;
    trySelectPending();
}

void GroupsPane::trySelectPending()
{
    if (m_pendingSelect.isEmpty())
        return;
    const int row = m_model->rowOf(m_pendingSelect);
    if (row >= 0) {
        m_pendingSelect.clear();
        if (selectSourceRow(row))
            view()->scrollTo(view()->currentIndex());
        return;
    }
    if (m_model->lastError().isError())
        return;
    // Every page is in and it is not there (the rows are empty only between queries).
    if (!m_model->hasMore() && !m_model->isLoading()) {
        if (m_model->loadedCount() > 0)
            m_pendingSelect.clear();
        return;
    }
    m_model->fetchMore();
}

void GroupsPane::openNewGroup()
{
    auto *dialog = new NewGroupDialog(m_service.get(), &m_connection->orgs(), m_directoryId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewGroupDialog::created, this, [this](const Group &group) {
        // Show the new group whatever the search said.
        clearSearchQuietly();
        m_pendingSelect = group.id;
        applyFilters();
        loadStats();
    });
    dialog->open();
}

void GroupsPane::deleteCurrent()
{
    const Group group = currentGroup();
    if (!deleteBlockedReason(group).isEmpty())
        return;
    ConfirmRequest request;
    request.action = tr("Delete group");
    request.question =
        group.userCount > 0
            ? tr("Delete the group \u201c%1\u201d? Its %n member(s) lose the access it gives; "
                 "the people stay in the organization.",
                 nullptr, group.userCount)
                  .arg(group.name)
            : tr("Delete the group \u201c%1\u201d?").arg(group.name);
    request.names = {group.name};
    request.count = 1;
    request.irreversible = true;
    request.typeToConfirm = group.name;
    request.destructive = true;
    ConfirmDialog::ask(this, request, this, [this, group](const ConfirmDialog::Answer &answer) {
        if (!answer.confirmed)
            return;
        m_service->remove(group.directoryId, group.id, this, [this, group](const ApiError &e) {
            if (e.isError()) {
                errorBar()->showMessage(tr("Could not delete \u201c%1\u201d. %2")
                                            .arg(group.name, GroupOperations::refusalInWords(e)),
                                        QString(), true);
                errorBar()->show();
                return;
            }
            refresh();
        });
    });
}

void GroupsPane::showEvent(QShowEvent *event)
{
    ListAreaPane::showEvent(event);
    // By now the pane is in its window: the jobs view's manager, when there is one.
    if (std::exchange(m_watchingJobs, true))
        return;
    connect(m_launcher->jobManager(), &JobManager::jobAdded, this, &GroupsPane::watchJob);
}

void GroupsPane::watchJob(BulkJob *job)
{
    const QString key = job->spec().operation;
    if (key != GroupOperations::addMember() && key != GroupOperations::removeMember())
        return;
    const QString groupId = job->spec().params.value(QLatin1String("groupId")).toString();
    connect(job, &BulkJob::finished, this, [this, groupId] {
        if (m_detail->group().id == groupId)
            m_detail->membersModel()->reload();
        reloadGroup(groupId);
    });
}

void GroupsPane::reloadGroup(const QString &groupId)
{
    m_service->group(m_directoryId, groupId, this, [this](const ApiResult<Group> &result) {
        if (!result.ok())
            return;
        m_model->updateGroup(result.value);
        if (m_detail->group().id == result.value.id)
            m_detail->setGroup(result.value);
        updateActions(); // a role that grants admin rights makes it undeletable, say
    });
}

void GroupsPane::showInUsers(const Group &group)
{
    if (group.id.isEmpty())
        return;
    UserFilter filter;
    filter.groupIds = {group.id};
    filter.groupNames = {group.name};
    Q_EMIT openRequested(AreaLink::usersFiltered(filter));
}
