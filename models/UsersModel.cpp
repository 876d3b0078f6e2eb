#include "UsersModel.h"

#include "DirectoryCacheWriter.h"
#include "ParallelUserListing.h"
#include "UserRowMatch.h"
#include "UserService.h"
#include "UserStoreSnapshot.h"
#include "UserText.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

UsersModel::UsersModel(const UserService *service, QObject *parent)
    : PagedTableModel(parent), m_service(service)
{}

UsersModel::~UsersModel()
{
    dropRefresh();
}

void UsersModel::setCache(const QString &orgId, const QString &databaseFolder, bool enabled)
{
    m_cacheOrgId = orgId;
    m_cacheFolder = databaseFolder;
    m_cacheEnabled = enabled && !orgId.isEmpty();
    if (m_cacheEnabled) {
        if (!m_cacheWriter)
            m_cacheWriter = new DirectoryCacheWriter(orgId, databaseFolder, this);
        return;
    }
    // Off means no copy of the people stays on this computer.
    if (m_cacheWriter) {
        dropRefresh();
        m_cacheWriter->clear(); // after the pages it still has
        delete m_cacheWriter;   // waits for them
        m_cacheWriter = nullptr;
    }
    if (m_cacheMode) {
        m_cacheMode = false;
        reload();
        Q_EMIT cacheStateChanged();
    }
}

void UsersModel::setQuery(const UserQuery &query)
{
    const bool cached = m_cacheEnabled && UserRowMatch::answers(query);
    m_query = query;
    // The cache's rows stay: the query's filters apply above the model, on them.
    if (cached && m_cacheMode)
        return;
    m_cacheMode = cached;
    reload();
    Q_EMIT cacheStateChanged();
}

bool UsersModel::isRefreshing() const
{
    return !m_refresh.isNull();
}

bool UsersModel::rowMatches(int row, const UserRowMatch &match) const
{
    return row >= 0 && row < m_store.size() && match.accepts(m_store, m_store.row(row));
}

void UsersModel::clearRows()
{
    dropRefresh();
    m_store.clear();
    m_listedInParallel.clear();
    m_cacheLoaded = false;
    m_rowsFromCache = false;
    if (m_cacheLoad) {
        disconnect(m_cacheLoad, nullptr, this, nullptr);
        m_cacheLoad->deleteLater(); // the read ends on its own; its answer goes nowhere
    }
}

void UsersModel::dropRefresh()
{
    m_refreshAgain = false;
    if (!m_refresh)
        return;
    disconnect(m_refresh, nullptr, this, nullptr);
    m_refresh->cancel();
    m_refresh->deleteLater();
    m_refresh = nullptr;
    if (m_cacheWriter)
        m_cacheWriter->abandonRefresh();
}

void UsersModel::fetchLocalPage()
{
    if (!m_cacheLoaded && !m_cacheLoad)
        loadCache();
    else if (m_cacheLoaded && !m_refresh)
        startRefresh(); // Retry after a refresh failed
    // Otherwise the refresh's next page answers.
}

void UsersModel::loadCache()
{
    // Read and decoded off this thread: the window stays responsive, and 100,000 people arrive
    // as one ready store.
    using Result = CachedStoreReader::Result;
    auto *watcher = new QFutureWatcher<Result>(this);
    m_cacheLoad = watcher;
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onCacheLoaded(watcher->future().takeResult()); // moved: never a second copy of everyone
    });
    watcher->setFuture(QtConcurrent::run(CachedStoreReader::read, m_cacheOrgId, m_cacheFolder));
}

void UsersModel::onCacheLoaded(CachedStoreReader::Result load)
{
    m_cacheLoaded = true;
    m_cacheAsOf =
        load.asOfMs > 0 ? QDateTime::fromMSecsSinceEpoch(load.asOfMs, Qt::UTC) : QDateTime();
    if (load.store.size() > 0) {
        beginInsertRows(QModelIndex(), 0, int(load.store.size()) - 1);
        m_store = std::move(load.store);
        endInsertRows();
        m_rowsFromCache = true;
        pageArrived(false);
    }
    startRefresh();
}

// The one place the walk over every person starts.
void UsersModel::startRefresh()
{
    UserQuery whole;
    whole.expand = m_query.expand;
    m_refresh = m_service->listAll(whole, this);
    connect(m_refresh, &ParallelUserListing::usersReceived, this, &UsersModel::onRefreshPage);
    connect(m_refresh, &ParallelUserListing::failed, this, &UsersModel::onRefreshFailed);
    m_rowOfId.clear();
    m_rowOfId.reserve(m_store.size());
    for (qsizetype i = 0; i < m_store.size(); ++i)
        m_rowOfId.insert(m_store.row(i).accountId, int(i));
    m_seenRows.assign(size_t(m_store.size()), false);
    if (m_cacheWriter)
        m_cacheWriter->beginRefresh();
    m_refresh->fetchAll();
    Q_EMIT cacheStateChanged();
}

void UsersModel::refreshCache()
{
    if (!m_cacheMode || !m_cacheLoaded)
        return;
    if (m_refresh) {
        m_refreshAgain = true;
        return;
    }
    if (lastError().isError())
        retry();
    else
        startRefresh();
}

void UsersModel::onRefreshPage(const QList<DirectoryUser> &users, bool hasMore)
{
    if (m_cacheWriter)
        m_cacheWriter->storePage(users);
    QList<const DirectoryUser *> added;
    for (const DirectoryUser &user : users) {
        const int row = m_rowOfId.value(user.accountId, -1);
        if (row < 0) {
            added.append(&user);
            continue;
        }
        m_seenRows[size_t(row)] = true;
        if (!m_store.holds(row, user)) {
            const UserStore::Row &before = m_store.row(row);
            const bool renamed = before.name != user.name || before.nickname != user.nickname;
            m_store.replace(row, user);
            // The name column only when the name changed: a proxy sorted by name then has
            // nothing to move, and nothing above it to filter again.
            Q_EMIT dataChanged(index(row, renamed ? Name : Name + 1), index(row, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_store.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        // Not indexed: the listing hands each person out once (and at 100,000 people new to
        // the cache the index would be megabytes).
        for (const DirectoryUser *user : std::as_const(added)) {
            m_store.append(*user);
            m_seenRows.push_back(true);
        }
        endInsertRows();
    }
    if (hasMore) {
        // Over cached rows the list is whole already; with none, it fills as a listing does.
        pageArrived(m_rowsFromCache ? false : true);
        return;
    }
    removeUnseen();
    const QDateTime now = currentTime();
    if (m_cacheWriter) {
        m_cacheWriter->finishRefresh(now.toMSecsSinceEpoch());
        // A shared copy of the rows (nothing is copied here), cut into chunks on the writer's
        // thread.
        auto snapshot = std::make_shared<UserStoreSnapshot::Writer>(m_store);
        m_cacheWriter->storeSnapshot([snapshot] { return snapshot->next(); });
    }
    m_refresh->deleteLater();
    m_refresh = nullptr;
    m_rowOfId.clear();
    m_seenRows.clear();
    m_cacheAsOf = now;
    m_rowsFromCache = false;
    pageArrived(false);
    Q_EMIT cacheStateChanged();
    // Asked for while this one ran, which may have read those people before they changed.
    if (std::exchange(m_refreshAgain, false))
        startRefresh();
}

// After a complete refresh: the people it did not see are gone, removed bottom up a run of rows
// at a time.
void UsersModel::removeUnseen()
{
    int removed = 0;
    for (int row = int(m_store.size()) - 1; row >= 0;) {
        if (m_seenRows[size_t(row)]) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !m_seenRows[size_t(row)])
            --row;
        beginRemoveRows(QModelIndex(), row + 1, last);
        m_store.remove(row + 1, last);
        endRemoveRows();
        removed += last - row;
    }
    if (removed > 0)
        rowsRemovedFromServer(removed);
}

void UsersModel::onRefreshFailed(const ApiError &error)
{
    // Nobody is removed: the refresh did not see everyone.
    dropRefresh();
    if (error.kind() != ApiError::Kind::Cancelled) {
        // Rows stay shown; more is "to come", so Retry starts the refresh again in place.
        if (loadedCount() > 0)
            pageArrived(true);
        listFailed(error);
    }
    Q_EMIT cacheStateChanged();
}

Pager *UsersModel::createPager(QObject *parent)
{
    if (m_cacheMode)
        return nullptr;
    UserPager *pager = m_service->search(m_query, parent);
    connect(pager, &UserPager::usersReceived, this, &UsersModel::onUsersReceived);
    return pager;
}

ApiReply *UsersModel::requestCount(QObject *context, ApiCallback<int> callback)
{
    if (m_cacheMode)
        return nullptr; // the whole directory comes in: it counts itself
    return m_service->count(m_query, context, std::move(callback));
}

void UsersModel::onUsersReceived(const QList<DirectoryUser> &users, bool hasMore)
{
    if (isOwnWalkRunning())
        return; // a page asked for before Load all: the parallel listing has these people too
    if (m_listedInParallel.isEmpty()) {
        appendUsers(users);
    } else {
        QList<DirectoryUser> fresh;
        for (const DirectoryUser &user : users) {
            if (!m_listedInParallel.contains(user.accountId))
                fresh.append(user);
        }
        appendUsers(fresh);
    }
    pageArrived(hasMore);
}

void UsersModel::appendUsers(const QList<DirectoryUser> &users)
{
    if (users.isEmpty())
        return;
    const int first = int(m_store.size());
    beginInsertRows(QModelIndex(), first, first + int(users.size()) - 1);
    for (const DirectoryUser &user : users)
        m_store.append(user);
    endInsertRows();
}

DirectoryUser UsersModel::userAt(int row) const
{
    if (row < 0 || row >= m_store.size())
        return DirectoryUser();
    return m_store.user(row);
}

int UsersModel::rowOf(const QString &accountId) const
{
    for (qsizetype i = 0; i < m_store.size(); ++i) {
        if (m_store.row(i).accountId == accountId)
            return int(i);
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const UserStore::Row &row = m_store.row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawValueRole:
        return raw(row, index.column());
    case Qt::ToolTipRole:
        return tooltip(row, index.column());
    case AccountIdRole:
        return row.accountId;
    case ExportRole:
        return exportValue(raw(row, index.column()), display(row, index.column()));
    default:
        return QVariant();
    }
}

QVariant UsersModel::display(const UserStore::Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.name.isEmpty() ? row.nickname : row.name;
    case Email:
        return row.email;
    case Status:
        return UserText::status(m_store.text(row.status));
    case AccountStatus:
        return UserText::accountStatus(m_store.text(row.accountStatus));
    case LastActive:
        return UserText::lastActive(UserStore::time(row.lastActiveMs), now());
    case Mfa:
        return UserText::mfa(row.mfa < 0 ? std::nullopt : std::optional<bool>(row.mfa == 1));
    case ClaimStatus:
        return UserText::claimStatus(m_store.text(row.claimStatus));
    case ManagementSource:
        return UserText::managementSource(m_store.text(row.managementSource));
    case AddedToOrg:
        return UserText::date(UserStore::time(row.addedToOrgMs));
    default:
        return QVariant();
    }
}

QVariant UsersModel::raw(const UserStore::Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.name.isEmpty() ? row.nickname : row.name;
    case Email:
        return row.email;
    case Status:
        return m_store.text(row.status);
    case AccountStatus:
        return m_store.text(row.accountStatus);
    case LastActive:
        return UserStore::time(row.lastActiveMs);
    case Mfa:
        return row.mfa < 0 ? QVariant() : QVariant(row.mfa == 1);
    case ClaimStatus:
        return m_store.text(row.claimStatus);
    case ManagementSource:
        return m_store.text(row.managementSource);
    case AddedToOrg:
        return UserStore::time(row.addedToOrgMs);
    default:
        return QVariant();
    }
}

QString UsersModel::tooltip(const UserStore::Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.nickname.isEmpty() || row.nickname == row.name
                   ? QString()
                   : tr("Nickname: %1").arg(row.nickname);
    case Email:
        return row.emailVerified ? tr("Verified e-mail address")
                                 : tr("The e-mail address is not verified");
    case LastActive:
    case AddedToOrg: {
        const QDateTime when =
            UserStore::time(column == LastActive ? row.lastActiveMs : row.addedToOrgMs);
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat)
                              : QString();
    }
    default:
        return QString();
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::ToolTipRole) {
        if (section == Mfa)
            return tr("Two-step verification. Sorting by this column orders the users loaded "
                      "so far");
        return isServerSorted(section)
                   ? tr("Sorting by name asks the server, so it covers every user")
                   : tr("Sorting by this column orders the users loaded so far");
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Status:
        return tr("Status");
    case AccountStatus:
        return tr("Account");
    case LastActive:
        return tr("Last active");
    case Mfa:
        return tr("Two-step");
    case ClaimStatus:
        return tr("Claim");
    case ManagementSource:
        return tr("Source");
    case AddedToOrg:
        return tr("Added to org");
    default:
        return QVariant();
    }
}

int UsersModel::compareRows(int left, int right, int column) const
{
    const UserStore::Row &a = m_store.row(left);
    const UserStore::Row &b = m_store.row(right);
    auto texts = [this](UserStore::TextId x, UserStore::TextId y) {
        return x == y ? 0 : m_store.text(x).compare(m_store.text(y), Qt::CaseInsensitive);
    };
    auto numbers = [](qint64 x, qint64 y) { return x < y ? -1 : (x > y ? 1 : 0); };
    switch (column) {
    case Name: // as the server sorts it, for the cache's rows, which sort here
        if (m_store.isInNameOrder())
            return numbers(left, right);
        return UserStore::compareNames(a, b);
    case Email:
        return a.email.compare(b.email, Qt::CaseInsensitive);
    case Status:
        return texts(a.status, b.status);
    case AccountStatus:
        return texts(a.accountStatus, b.accountStatus);
    case LastActive:
        return numbers(a.lastActiveMs, b.lastActiveMs);
    case Mfa:
        return numbers(a.mfa, b.mfa);
    case ClaimStatus:
        return texts(a.claimStatus, b.claimStatus);
    case ManagementSource:
        return texts(a.managementSource, b.managementSource);
    case AddedToOrg:
        return numbers(a.addedToOrgMs, b.addedToOrgMs);
    default:
        return 0;
    }
}

void UsersModel::sort(int column, Qt::SortOrder order)
{
    if (!isServerSorted(column))
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (descending == m_query.sortDescending)
        return;
    m_query.sortDescending = descending;
    reload();
}
