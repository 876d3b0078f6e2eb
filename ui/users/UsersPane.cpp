#include "UsersPane.h"

#include "ActivityList.h"
#include "AreaLink.h"
#include "Connection.h"
#include "GroupService.h"
#include "Icons.h"
#include "InviteDialog.h"
#include "JobLauncher.h"
#include "PasteListDialog.h"
#include "PersonScimLinksView.h"
#include "Settings.h"
#include "StatusFilterButton.h"
#include "UserActions.h"
#include "UserDetailPane.h"
#include "UserFilterBar.h"
#include "UserOperations.h"
#include "UsersActivityFilter.h"
#include "UsersModel.h"
#include "UsersSortProxy.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace {

ListAreaPane::Texts userTexts()
{
    return {UsersPane::tr("Search names and e-mail addresses"),
            UsersPane::tr("Loading users\u2026"),
            UsersPane::tr("There are no users here."),
            UsersPane::tr("No users match these filters."),
            UsersPane::tr("Could not load the users."),
            QStringLiteral("users.csv")};
}

} // namespace

UsersPane::UsersPane(Connection *connection, QWidget *parent, const QString &databaseFolder)
    : ListAreaPane(QStringLiteral("users"), userTexts(), parent), m_connection(connection),
      m_databaseFolder(databaseFolder), m_model(new UsersModel(&connection->users(), this)),
      m_proxy(new UsersSortProxy(this)), m_activityFilter(new UsersActivityFilter(this))
{
    m_model->setCache(connection->orgId(), databaseFolder,
                      Settings().value(SettingKeys::directoryCache));
    m_proxy->setUsersModel(m_model);
    m_activityFilter->setSourceModel(m_proxy);
    m_actions = new UserActions(connection, this);
    m_detail = new UserDetailPane(this);
    m_detail->setService(&connection->users());
    m_detail->setClient(connection->client(), connection->orgId());
    m_detail->setConnection(connection);
    m_detail->clear();
    m_detail->setObjectName(QStringLiteral("userDetail"));
    connect(m_detail->activityList(), &ActivityList::openRequested, this, &AreaPane::openRequested);
    connect(m_detail->scimLinksView(), &PersonScimLinksView::openRequested, this,
            &AreaPane::openRequested);
    build(m_model, m_activityFilter, m_detail);
    addFilters();
    addActions();
    setUpView();

    connect(m_model, &PagedTableModel::firstPageLoaded, this, &UsersPane::lookUpGroups);
    connect(m_model, &PagedTableModel::loadedCountChanged, this, &UsersPane::selectPending);
    // After a job or an edit, the table shows the new states; the people stay selected.
    connect(m_actions, &UserActions::changed, this, &UsersPane::refresh);
    connect(m_model, &UsersModel::cacheStateChanged, this, &UsersPane::updateCount);
    // Over the cache's rows the search is answered here, as it is typed; the server is asked
    // after a pause.
    connect(m_model, &UsersModel::cacheStateChanged, this,
            [this] { setSearchDelay(m_model->showsCache() ? 0 : serverSearchDelayMs); });
    // A refresh over the cache changes rows in place: what the picked people show follows.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &top, const QModelIndex &bottom) {
                const int row = currentSourceRow();
                if (row < top.row() || row > bottom.row())
                    return;
                showDetails(row);
                m_actions->setSelection(selectedUsers());
            });

    applyFilters();
}

void UsersPane::setDirectoryCache(bool enabled)
{
    m_model->setCache(m_connection->orgId(), m_databaseFolder, enabled);
    if (enabled && !m_model->showsCache())
        m_model->setQuery(m_model->query()); // the whole directory, now from the cache
    applyFilters();
}

void UsersPane::addFilters()
{
    m_statusFilter = new StatusFilterButton(this);
    connect(m_statusFilter, &StatusFilterButton::statusesChanged, this,
            [this](const QStringList &statuses) {
                m_filter.statuses = statuses;
                m_filterBar->setFilter(m_filter);
                applyFilters();
            });

    addFilterWidget(m_statusFilter);

    auto *fromList = new QToolButton(this);
    fromList->setObjectName(QStringLiteral("fromList"));
    fromList->setText(tr("From a list\u2026"));
    fromList->setToolTip(tr("Find the people of a ticket: paste or load their e-mail addresses "
                            "or account IDs"));
    connect(fromList, &QToolButton::clicked, this, &UsersPane::openPasteList);
    addFilterWidget(fromList);

    m_filterBar = new UserFilterBar(this);
    addRowBelowToolbar(m_filterBar);
    connect(m_filterBar, &UserFilterBar::filterChanged, this, &UsersPane::onFilterChanged);
    connect(m_filterBar, &UserFilterBar::menuAboutToShow, this, &UsersPane::refreshChoices);
    connect(m_filterBar, &UserFilterBar::saveViewRequested, this,
            [this] { Q_EMIT saveViewRequested(m_filter); });
}

void UsersPane::addActions()
{
    m_invite = addActionButton(QStringLiteral("invitePeople"), tr("&Invite people\u2026"));
    m_invite->setIcon(Icons::action(Icons::Action::Add));
    m_invite->setToolTip(tr("Invite people by e-mail and give them access to workspaces"));
    connect(m_invite, &QPushButton::clicked, this, &UsersPane::openInvite);
    m_inviteLauncher = new JobLauncher(this);
    // The invited people show (as not invited, until they accept) once the job is done.
    connect(m_inviteLauncher, &JobLauncher::jobFinished, this, &UsersPane::refresh);

    auto *actionsButton = new QToolButton(this);
    actionsButton->setObjectName(QStringLiteral("userActionsButton"));
    actionsButton->setText(tr("Actions"));
    actionsButton->setPopupMode(QToolButton::InstantPopup);
    auto *actionsMenu = new QMenu(actionsButton);
    m_actions->addTo(actionsMenu);
    actionsButton->setMenu(actionsMenu);
    addActionWidget(actionsButton);
    setRemoveAction(m_actions->action(UserOperations::remove()));

    view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view(), &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        auto *menu = new QMenu(view());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        m_actions->addTo(menu);
        menu->popup(view()->viewport()->mapToGlobal(position));
    });
}

void UsersPane::setUpView()
{
    sizeColumns({QStringLiteral("Agnieszka Kravchenko"),
                 QStringLiteral("aditya.gupta2@acme-robotics.com"), QStringLiteral("Deactivated"),
                 QStringLiteral("Inactive"), QStringLiteral("30 Sep 2026"), QStringLiteral("Off"),
                 QStringLiteral("Not managed"), QStringLiteral("Invited"),
                 QStringLiteral("30 Sep 2026")});
    QHeaderView *header = view()->horizontalHeader();
    // Mostly implied by the status, or rarely needed: one right-click on the header away.
    header->setSectionHidden(UsersModel::AccountStatus, true);
    header->setSectionHidden(UsersModel::ManagementSource, true);
    // The server lists people by name: the indicator says so from the start.
    header->setSortIndicator(UsersModel::Name, Qt::AscendingOrder);
}

void UsersPane::setScope(const QString &directoryId)
{
    m_scope = directoryId.isEmpty() ? QStringLiteral("-") : directoryId;
    m_actions->setDirectory(m_scope);
    m_groupsLookedUp = false; // the groups of that directory
    applyFilters();
}

void UsersPane::refresh()
{
    // The same people stay selected once their rows are back.
    for (const DirectoryUser &user : selectedUsers()) {
        if (!m_selectWhenLoaded.contains(user.accountId))
            m_selectWhenLoaded.append(user.accountId);
    }
    // A job's end is announced to several listeners: one reload for them all.
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        // The cache's rows are refreshed in place: they stay, and so does the selection.
        if (m_model->showsCache()) {
            m_model->refreshCache();
            afterQueryChanged();
            return;
        }
        ListAreaPane::refresh();
    });
}

void UsersPane::open(const AreaLink &link)
{
    setFilter(link.userFilter);
}

bool UsersPane::searching() const
{
    return !searchField()->text().trimmed().isEmpty();
}

void UsersPane::applyFilters()
{
    UserQuery query = m_model->query();
    query.directoryId = m_scope;
    query.searchTerm = searchField()->text().trimmed();
    m_filter.applyTo(query, searching());
    query.expand = {QStringLiteral("productAccess"), QStringLiteral("platformRoles")};
    if (!(query == m_model->query()) || m_model->loadedCount() + m_model->isLoading() == 0)
        m_model->setQuery(query);
    // Over the cache's rows the filters and the search are answered here, on them.
    m_activityFilter->setFilter(m_filter, searching(),
                                m_model->showsCache() ? std::optional<UserQuery>(query)
                                                      : std::nullopt);
    afterQueryChanged();
}

bool UsersPane::hasFilters() const
{
    return searching() || !m_filter.isEmpty();
}

bool UsersPane::hasLocalFilter() const
{
    // What only the rows can tell (last active) needs every row.
    return m_filter.hasLocalPart(searching()) || m_activityFilter->narrows();
}

void UsersPane::clearFilters()
{
    m_statusFilter->setStatuses({});
    m_filter = UserFilter();
    m_filterBar->setFilter(m_filter);
    ListAreaPane::clearFilters();
}

QString UsersPane::amount(int count) const
{
    return tr("%1 users").arg(QLocale().toString(count));
}

QString UsersPane::asOfText() const
{
    const QDateTime asOf = m_model->cacheAsOf();
    if (!asOf.isValid())
        return tr("an unfinished refresh");
    const QDateTime local = asOf.toLocalTime();
    const QLocale locale;
    return local.date() == QDate::currentDate()
               ? locale.toString(local.time(), QLocale::ShortFormat)
               : locale.toString(local, QLocale::ShortFormat);
}

QString UsersPane::moreFailedText(const ApiError &error) const
{
    if (!m_model->showsCache())
        return ListAreaPane::moreFailedText(error);
    return tr("Showing people as of %1; the refresh failed: %2")
        .arg(asOfText(), error.userMessage());
}

QString UsersPane::countText() const
{
    const QLocale locale;
    const int loaded = m_model->loadedCount();
    const int total = m_model->totalCount();
    if (m_model->showsCache()) {
        QString text =
            m_activityFilter->narrows()
                ? tr("%1 of %2 users match")
                      .arg(locale.toString(m_activityFilter->rowCount()), locale.toString(loaded))
                : amount(loaded);
        if (m_model->rowsAreCached())
            text = tr("%1, as of %2").arg(text, asOfText());
        if (m_model->isRefreshing())
            text = tr("%1 (refreshing\u2026)").arg(text);
        return text;
    }
    if (hasLocalFilter())
        return tr("%1 match of %2 loaded")
            .arg(locale.toString(m_activityFilter->rowCount()), locale.toString(loaded));
    if (total >= 0)
        return tr("%1 of %2 users").arg(locale.toString(loaded), locale.toString(total));
    return amount(loaded);
}

void UsersPane::updateActions()
{
    m_actions->setSelection(selectedUsers());
}

void UsersPane::showDetails(int sourceRow)
{
    if (sourceRow < 0)
        m_detail->clear();
    else
        m_detail->showUser(m_model->userAt(sourceRow));
}

QList<DirectoryUser> UsersPane::selectedUsers() const
{
    QModelIndexList rows = view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<DirectoryUser> users;
    users.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        users.append(m_model->userAt(toSource(row).row()));
    return users;
}

void UsersPane::onFilterChanged(const UserFilter &filter)
{
    m_filter = filter;
    m_statusFilter->setStatuses(filter.statuses);
    applyFilters();
}

void UsersPane::setFilter(const UserFilter &filter)
{
    m_filter = filter;
    m_filterBar->setFilter(filter);
    m_statusFilter->setStatuses(filter.statuses);
    applyFilters();
}

void UsersPane::showPeople(const QList<DirectoryUser> &people, const QString &listName)
{
    UserFilter filter;
    for (const DirectoryUser &person : people) {
        filter.accountIds.append(person.accountId);
        if (!person.email.isEmpty())
            filter.emails.append(person.email);
    }
    filter.listName = listName;
    searchField()->clear();
    m_selectWhenLoaded = filter.accountIds;
    setFilter(filter);
    if (m_model->showsCache())
        selectPending(); // every row is here: the filter has just run over them
    else
        m_model->fetchAll();
}

void UsersPane::selectPending()
{
    if (m_selectWhenLoaded.isEmpty())
        return;
    QItemSelection selection;
    for (auto it = m_selectWhenLoaded.begin(); it != m_selectWhenLoaded.end();) {
        const int row = m_model->rowOf(*it);
        const QModelIndex index =
            row < 0
                ? QModelIndex()
                : m_activityFilter->mapFromSource(m_proxy->mapFromSource(m_model->index(row, 0)));
        if (!index.isValid()) {
            ++it;
            continue;
        }
        selection.select(index, index.siblingAtColumn(UsersModel::ColumnCount - 1));
        it = m_selectWhenLoaded.erase(it);
    }
    if (selection.isEmpty())
        return;
    view()->selectionModel()->select(selection,
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!view()->selectionModel()->currentIndex().isValid())
        view()->selectionModel()->setCurrentIndex(selection.indexes().first(),
                                                  QItemSelectionModel::NoUpdate);
    if (!m_model->hasMore())
        m_selectWhenLoaded.clear(); // no longer in this view
}

void UsersPane::refreshChoices()
{
    m_filterBar->learnChoices(m_model);
    lookUpGroups();
}

void UsersPane::lookUpGroups()
{
    // Every group of the directory, from groups/search, page by page, in name order.
    if (m_groupsLookedUp)
        return;
    m_groupsLookedUp = true;
    GroupQuery query;
    query.directoryId = m_scope;
    query.withCounts = false;
    query.limit = 100;
    GroupPager *pager =
        GroupService(m_connection->client(), m_connection->orgId()).search(query, this);
    auto choices = std::make_shared<QList<UserFilterBar::Choice>>();
    connect(pager, &GroupPager::groupsReceived, this,
            [this, pager, choices](const QList<Group> &groups, bool hasMore) {
                for (const Group &group : groups)
                    choices->append({group.id, group.name, {}});
                if (hasMore) {
                    pager->fetchNext();
                    return;
                }
                m_filterBar->setGroups(*choices);
                pager->deleteLater();
            });
    connect(pager, &Pager::failed, this, [this, pager] {
        m_groupsLookedUp = false; // try again next time
        pager->deleteLater();
    });
    pager->fetchNext();
}

InviteDialog *UsersPane::openInvite()
{
    auto *dialog = new InviteDialog(m_connection, m_inviteLauncher, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void UsersPane::openPasteList()
{
    auto *dialog = new PasteListDialog(&m_connection->users(), m_scope, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showPeople(dialog->found(),
                   tr("From a list: %n person(s)", nullptr, int(dialog->found().size())));
    });
    dialog->open();
}
