#include "ParallelUserListing.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "OrgService.h"
#include "UserService.h"

#include <memory>

ParallelUserListing::ParallelUserListing(ApiClient *client, const QString &orgId,
                                         const UserQuery &query, QObject *parent)
    : QObject(parent), m_client(client), m_service(std::make_unique<UserService>(client, orgId)),
      m_orgId(orgId), m_query(query)
{}

ParallelUserListing::~ParallelUserListing()
{
    dropWork();
}

void ParallelUserListing::fetchAll()
{
    if (m_running)
        return;
    dropWork();
    m_running = true;
    m_plainWalk = false;
    m_total.reset();
    m_directoryIds.reset();
    m_plan.reset();
    m_parts.clear();
    m_queue.clear();
    // A walk again: who the last one handed out is to skip (never handed out twice).
    m_skipped = m_seen;
    m_foundCount = 0;
    m_head.clear();
    m_busy = 0;
    m_context = new QObject(this);
    QObject *context = m_context;
    m_counts.append(m_service->count(m_query, context, [this, context](const ApiResult<int> &r) {
        if (context != m_context)
            return;
        if (!r.ok()) {
            startPlainWalk(); // the walk itself says what is wrong, if anything is
            return;
        }
        m_total = r.value;
        planWhenReady();
    }));
    startHeadPage();
    if (m_query.directoryId != QLatin1String("-") || !m_query.directoryIds.isEmpty()) {
        m_directoryIds = QStringList();
        return;
    }
    OrgService(m_client, m_orgId)
        .directories(context, [this, context](const ApiResult<QList<Directory>> &r) {
            if (context != m_context)
                return;
            QStringList ids;
            for (const Directory &directory : r.value)
                ids.append(directory.id);
            m_directoryIds = ids; // none when they could not be listed: no cut by directory
            planWhenReady();
        });
}

// The query's first page, asked for beside the counts that plan the parts: someone waiting for
// a list sees its first people as soon as one plain listing would show them. The parts' walks
// list them again; they are handed out once.
void ParallelUserListing::startHeadPage()
{
    UserPager *pager = m_service->search(m_query, m_context);
    connect(pager, &UserPager::usersReceived, m_context,
            [this, pager](const QList<DirectoryUser> &users, bool) {
                pager->deleteLater();
                QList<DirectoryUser> fresh;
                for (const DirectoryUser &user : users) {
                    bool give = false;
                    if (markFound(user.accountId, &give))
                        m_head.insert(user.accountId);
                    if (give)
                        fresh.append(user);
                }
                handOut(fresh, false);
            });
    connect(pager, &Pager::failed, pager, &QObject::deleteLater); // the walks say what is wrong
    pager->fetchNext();
}

void ParallelUserListing::cancel()
{
    dropWork();
    m_running = false;
}

void ParallelUserListing::dropWork()
{
    QObject *context = m_context;
    m_context = nullptr;
    const QList<QPointer<ApiReply>> counts = std::exchange(m_counts, {});
    for (const QPointer<ApiReply> &reply : counts) {
        if (reply)
            reply->abort();
    }
    if (!context)
        return;
    // This may run inside a pager's own signal: the pagers stop now and go later.
    for (UserPager *pager : context->findChildren<UserPager *>()) {
        disconnect(pager, nullptr, context, nullptr);
        pager->cancel();
    }
    context->deleteLater();
}

void ParallelUserListing::planWhenReady()
{
    if (!m_total || !m_directoryIds || m_plan)
        return;
    m_plan.emplace(m_query, *m_total, m_walkers, *m_directoryIds);
    countNextCuts();
}

void ParallelUserListing::countNextCuts()
{
    const QList<UserPartition::Cut> cuts = m_plan->nextCuts();
    if (cuts.isEmpty()) {
        startWalks();
        return;
    }
    struct Round
    {
        QList<UserPartition::Cut> cuts;
        QList<QList<int>> counts;
        int waiting = 0;
    };
    auto round = std::make_shared<Round>();
    round->cuts = cuts;
    for (const UserPartition::Cut &cut : cuts) {
        round->counts.append(QList<int>(cut.pieces.size(), -1));
        round->waiting += int(cut.pieces.size());
    }
    QObject *context = m_context;
    for (int c = 0; c < cuts.size(); ++c) {
        for (int p = 0; p < cuts.at(c).pieces.size(); ++p) {
            auto counted = [this, context, round, c, p](const ApiResult<int> &r) {
                if (context != m_context)
                    return;
                // A piece that could not be counted spoils its cut: -1 never adds up.
                round->counts[c][p] = r.ok() ? r.value : -1;
                if (--round->waiting > 0)
                    return;
                m_plan->settle(round->cuts, round->counts);
                countNextCuts();
            };
            m_counts.append(m_service->count(cuts.at(c).pieces.at(p), context, counted));
        }
    }
}

void ParallelUserListing::startWalks()
{
    m_counts.clear();
    for (const UserPartition::Part &part : m_plan->parts()) {
        const int index = int(m_parts.size());
        m_parts.append({part, {}, {}, false});
        // Both ends of its nickname order: the two walks meet in the middle.
        m_queue.append({index, false});
        if (part.count > m_query.limit)
            m_queue.append({index, true});
    }
    startNextWalkers();
    finishIfDone();
}

void ParallelUserListing::startNextWalkers()
{
    while (m_busy < m_walkers && !m_queue.isEmpty()) {
        const Walker walker = m_queue.takeFirst();
        PartWalk &walk = m_parts[walker.part];
        if (walk.done)
            continue;
        UserQuery query = walk.part.query;
        query.sortDescending = walker.descending != m_query.sortDescending;
        UserPager *pager = m_service->search(query, m_context);
        QObject *context = m_context;
        const int part = walker.part;
        connect(pager, &UserPager::usersReceived, context,
                [this, pager, part](const QList<DirectoryUser> &users, bool hasMore) {
                    onPage(pager, part, users, hasMore);
                });
        connect(pager, &Pager::failed, context,
                [this](const ApiError &error) { onPartFailed(error); });
        walk.pagers.append(pager);
        ++m_busy;
        pager->fetchAll();
    }
}

void ParallelUserListing::onPage(UserPager *pager, int part, const QList<DirectoryUser> &users,
                                 bool hasMore)
{
    PartWalk &walk = m_parts[part];
    // The parts are disjoint: someone new to the listing, or from the first page, is new to
    // this part.
    QList<DirectoryUser> fresh;
    fresh.reserve(users.size());
    for (const DirectoryUser &user : users) {
        bool give = false;
        if (m_head.remove(user.accountId) || markFound(user.accountId, &give))
            ++walk.found;
        if (give)
            fresh.append(user);
    }
    if (!hasMore) {
        walk.pagers.removeOne(pager);
        disconnect(pager, nullptr, m_context, nullptr);
        pager->deleteLater();
        --m_busy;
    }
    // Both ends have met once the part's people are all in (a part is a narrower query, so what
    // its walks list is always in it); or, if it changed meanwhile, once both walks are over.
    if (!walk.done && (walk.found >= walk.part.count || walk.pagers.isEmpty()))
        finishPart(part);
    handOut(fresh, false);
    if (!m_context)
        return; // the receiver cancelled
    startNextWalkers();
    finishIfDone();
}

void ParallelUserListing::finishPart(int part)
{
    PartWalk &walk = m_parts[part];
    walk.done = true;
    for (UserPager *pager : std::exchange(walk.pagers, {})) {
        disconnect(pager, nullptr, m_context, nullptr);
        pager->cancel();
        pager->deleteLater();
        --m_busy;
    }
}

void ParallelUserListing::finishIfDone()
{
    if (!m_context || m_plainWalk || m_busy > 0 || !m_queue.isEmpty())
        return;
    // Every part is a narrower query, so the people found are all in the whole query; as many of
    // them as it counts are therefore all of it. Fewer: a cut left someone out, or people came
    // in meanwhile, and a plain walk finishes the list.
    if (m_foundCount < *m_total) {
        startPlainWalk();
        return;
    }
    handOut({}, true);
}

void ParallelUserListing::onPartFailed(const ApiError &error)
{
    // What a part's own retries did not get past (a page that kept coming back unreadable, the
    // network or the server failing): one plain walk finishes the list, with retries of its own,
    // handing out only the people not listed yet. A refusal stays a refusal.
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::BadResponse:
        break;
    default:
        fail(error);
        return;
    }
    for (PartWalk &walk : m_parts) {
        walk.done = true;
        for (UserPager *pager : std::exchange(walk.pagers, {})) {
            disconnect(pager, nullptr, m_context, nullptr);
            pager->cancel();
            pager->deleteLater();
        }
    }
    m_queue.clear();
    m_busy = 0;
    startPlainWalk();
}

void ParallelUserListing::startPlainWalk()
{
    m_plainWalk = true;
    UserPager *pager = m_service->search(m_query, m_context);
    connect(pager, &UserPager::usersReceived, m_context,
            [this](const QList<DirectoryUser> &users, bool hasMore) {
                QList<DirectoryUser> fresh;
                for (const DirectoryUser &user : users) {
                    bool give = false;
                    markFound(user.accountId, &give);
                    if (give)
                        fresh.append(user);
                }
                handOut(fresh, !hasMore);
            });
    connect(pager, &Pager::failed, m_context, [this](const ApiError &error) { fail(error); });
    pager->fetchAll();
}

void ParallelUserListing::skipAccounts(const QSet<QString> &accountIds)
{
    m_seen = accountIds;
    m_skipped = accountIds;
}

bool ParallelUserListing::markFound(const QString &accountId, bool *give)
{
    *give = false;
    if (m_skipped.remove(accountId)) {
        ++m_foundCount;
        return true;
    }
    if (m_seen.contains(accountId))
        return false;
    m_seen.insert(accountId);
    ++m_foundCount;
    *give = true;
    return true;
}

void ParallelUserListing::handOut(const QList<DirectoryUser> &fresh, bool last)
{
    if (last) {
        dropWork();
        m_running = false;
    }
    if (!fresh.isEmpty() || last)
        Q_EMIT usersReceived(fresh, !last);
}

void ParallelUserListing::fail(const ApiError &error)
{
    dropWork();
    m_running = false;
    Q_EMIT failed(error);
}
