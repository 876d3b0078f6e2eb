// The audit log's routes (CATALOG §1.6, §9.1): GET /events (filtered search, newest first, its
// own rate limit), /events-stream (by processing time, a cursor on every page), one event and
// the action catalogue. Only events of the last 180 days are served.
#include "EventRoutes.h"

#include "ApiErrors.h"
#include "EventControls.h"
#include "EventCursor.h"
#include "EventJson.h"
#include "EventQuery.h"
#include "OrgStore.h"
#include "Router.h"
#include "Routes.h"
#include "SandboxClock.h"
#include "Timestamps.h"

#include <QDateTime>
#include <QJsonArray>

namespace sandbox {
namespace {

constexpr int kSearchDefaultLimit = 30;
constexpr int kStreamDefaultLimit = 200;
constexpr int kMaxLimit = 500;
constexpr int kRememberedQueries = 1024;
constexpr int kCachedResults = 8;

// What the search remembers between pages: the filters behind a cursor's hash, and the
// results of the last few queries at the moment of their first page.
struct SearchMemory
{
    QHash<quint64, EventQuery> queries;
    QList<quint64> queriesAge;
    QHash<QPair<quint64, qint64>, std::shared_ptr<const std::vector<quint32>>> results;
    QList<QPair<quint64, qint64>> resultsAge;

    void remember(quint64 hash, const EventQuery &query)
    {
        if (queries.contains(hash))
            return;
        queries.insert(hash, query);
        queriesAge.append(hash);
        if (queriesAge.size() > kRememberedQueries)
            queries.remove(queriesAge.takeFirst());
    }
    void keep(QPair<quint64, qint64> key, std::shared_ptr<const std::vector<quint32>> indices)
    {
        results.insert(key, std::move(indices));
        resultsAge.append(key);
        if (resultsAge.size() > kCachedResults)
            results.remove(resultsAge.takeFirst());
    }
};

class EventRoutes
{
public:
    EventRoutes(OrgStore &store, std::shared_ptr<EventLog> log, EventControls &controls)
        : m_store(store), m_log(std::move(log)), m_controls(controls)
    {}

    ApiResponse search(const ApiRequest &request);
    ApiResponse searchPage(const ApiRequest &request);
    ApiResponse stream(const ApiRequest &request);
    ApiResponse one(const ApiRequest &request) const;
    ApiResponse actions(const ApiRequest &request) const;

    // The answer to give instead of the route's own: unknown org, no audit log for this key.
    std::optional<ApiResponse> refusal(const ApiRequest &request) const
    {
        if (!m_store.isOrg(request.param(0)))
            return errors::orgNotFound(request.param(0));
        if (m_controls.forbidden.load())
            return errors::applicationError(
                403, QStringLiteral("ADMIN-403-3"),
                QStringLiteral("The audit log needs an Atlassian Guard subscription, and a key "
                               "with scopes needs read:events:admin."));
        return std::nullopt;
    }

private:
    qint64 now() const { return m_store.data().clock->nowMs(); }
    EventView view(const ApiRequest &request) const
    {
        return {m_store.data(), *m_log, request.origin};
    }
    std::shared_ptr<const std::vector<quint32>> results(const EventQuery &query, quint64 hash,
                                                        qint64 snapshotMs, const EventView &view);
    static QString pageUrl(const ApiRequest &request, const QString &cursor)
    {
        return request.origin + request.path + QStringLiteral("?cursor=") + cursor;
    }
    static QString selfUrl(const ApiRequest &request)
    {
        const QString query = request.query.toString(QUrl::FullyEncoded);
        return request.origin + request.path + (query.isEmpty() ? QString() : u'?' + query);
    }

    OrgStore &m_store;
    std::shared_ptr<EventLog> m_log;
    EventControls &m_controls;
    SearchMemory m_memory;
};

void addRateLimitHeaders(ApiResponse &response, const RateLimiter::Decision &decision)
{
    response.headers.append({"X-RateLimit-Limit", QByteArray::number(decision.limit)});
    response.headers.append({"X-RateLimit-Remaining", QByteArray::number(decision.remaining)});
    response.headers.append({"X-RateLimit-Reset", isoMillisFromMs(decision.resetMs).toUtf8()});
}

ApiResponse badLimit()
{
    return errors::invalidQuery(
        QStringLiteral("limit must be a whole number from 1 to %1.").arg(kMaxLimit));
}

ApiResponse badTime(const QString &problem)
{
    return errors::applicationError(400, QStringLiteral("ADMIN-400-3"), problem);
}

std::shared_ptr<const std::vector<quint32>> EventRoutes::results(const EventQuery &query,
                                                                 quint64 hash, qint64 snapshotMs,
                                                                 const EventView &view)
{
    const QPair<quint64, qint64> key{hash, snapshotMs};
    if (const auto cached = m_memory.results.value(key))
        return cached;
    const EventMatcher matcher(query, view);
    const EventLog &log = *m_log;
    const qint64 from = qMax(query.range.fromMs, snapshotMs - kEventRetentionMs);
    const qint64 to = qMin(query.range.toMs, snapshotMs);
    auto indices = std::make_shared<std::vector<quint32>>();
    if (from <= to) {
        const quint32 first = log.timeFrom(from);
        for (quint32 pos = log.timeAfter(to); pos > first; --pos) {
            const quint32 index = log.byTime()[pos - 1];
            const EventRecord &record = log.at(index);
            if (record.processedMs() <= snapshotMs && matcher.matches(record, index))
                indices->push_back(index);
        }
    }
    m_memory.keep(key, indices);
    return indices;
}

ApiResponse EventRoutes::search(const ApiRequest &request)
{
    const RateLimiter::Decision decision = m_controls.searchLimiter.take(
        request.header("Authorization"), QDateTime::currentMSecsSinceEpoch());
    ApiResponse response = decision.allowed ? searchPage(request)
                                            : errors::tooManyRequests(decision.retryAfterSeconds);
    if (decision.limited)
        addRateLimitHeaders(response, decision);
    return response;
}

ApiResponse EventRoutes::searchPage(const ApiRequest &request)
{
    const std::optional<int> askedLimit = routes::queryLimit(request, 0, kMaxLimit);
    if (!askedLimit)
        return badLimit();
    EventQuery query;
    quint64 hash = 0;
    qint64 snapshot = now();
    int offset = 0;
    int limit = *askedLimit > 0 ? *askedLimit : kSearchDefaultLimit;
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        const auto cursor = EventCursor::decode(
            request.query.queryItemValue(QStringLiteral("cursor")), EventCursor::Search);
        if (!cursor || !m_memory.queries.contains(cursor->queryHash))
            return errors::invalidCursor();
        hash = cursor->queryHash;
        query = m_memory.queries.value(hash);
        snapshot = cursor->snapshotMs;
        offset = int(cursor->position);
        if (*askedLimit == 0 && cursor->limit > 0)
            limit = cursor->limit;
    } else {
        QString problem;
        bool timeProblem = false;
        const auto parsed = parseEventQuery(request.query, &problem, &timeProblem);
        if (!parsed)
            return timeProblem ? badTime(problem) : errors::invalidQuery(problem);
        query = *parsed;
        hash = query.hash();
        m_memory.remember(hash, query);
    }

    const EventView eventView = view(request);
    const auto indices = results(query, hash, snapshot, eventView);
    const int total = int(indices->size());
    offset = qBound(0, offset, total);
    const int end = qMin(total, offset + limit);
    QJsonArray data;
    for (int i = offset; i < end; ++i)
        data.append(eventJson(eventView, (*indices)[size_t(i)], false));

    auto token = [&](int at) {
        EventCursor cursor;
        cursor.kind = EventCursor::Search;
        cursor.position = quint32(at);
        cursor.limit = quint16(limit);
        cursor.queryHash = hash;
        cursor.snapshotMs = snapshot;
        return cursor.encode();
    };
    QJsonObject links{{QStringLiteral("self"), selfUrl(request)}};
    QJsonObject meta{{QStringLiteral("page_size"), limit}};
    if (end < total) {
        links.insert(QStringLiteral("next"), pageUrl(request, token(end)));
        meta.insert(QStringLiteral("next"), token(end));
    }
    if (offset > 0)
        links.insert(QStringLiteral("prev"), pageUrl(request, token(qMax(0, offset - limit))));
    return ApiResponse::json({{QStringLiteral("data"), data},
                              {QStringLiteral("links"), links},
                              {QStringLiteral("meta"), meta}});
}

ApiResponse EventRoutes::stream(const ApiRequest &request)
{
    const std::optional<int> askedLimit = routes::queryLimit(request, 0, kMaxLimit);
    if (!askedLimit)
        return badLimit();
    const EventLog &log = *m_log;
    const qint64 nowMs = now();
    EventCursor cursor;
    cursor.kind = EventCursor::Stream;
    const bool resumed = request.query.hasQueryItem(QStringLiteral("cursor"));
    if (resumed) {
        const auto decoded = EventCursor::decode(
            request.query.queryItemValue(QStringLiteral("cursor")), EventCursor::Stream);
        if (!decoded || decoded->position > log.size())
            return errors::invalidCursor();
        cursor = *decoded;
    } else {
        QString problem;
        const auto range = eventTimeRange(request.query, &problem);
        if (!range)
            return badTime(problem);
        const QString order = request.query.queryItemValue(QStringLiteral("sortOrder"));
        if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc"))
            return errors::invalidQuery(QStringLiteral("sortOrder must be asc or desc."));
        cursor.descending = order == QLatin1String("desc");
        cursor.fromMs = range->fromMs;
        cursor.toMs = range->toMs;
        cursor.limit = kStreamDefaultLimit;
    }
    if (*askedLimit > 0)
        cursor.limit = quint16(*askedLimit);
    const int limit = cursor.limit > 0 ? cursor.limit : kStreamDefaultLimit;

    // The log is sorted by processing time: what is visible now ends at `visibleEnd`; an event
    // of `from` or later was processed at `from` or later.
    const qint64 from = qMax(cursor.fromMs, nowMs - kEventRetentionMs);
    const quint32 visibleEnd = log.processedAfter(nowMs);
    const quint32 lowest = log.processedFrom(from);
    const qint64 latestProcessing = cursor.toMs == std::numeric_limits<qint64>::max()
                                        ? cursor.toMs
                                        : cursor.toMs + log.maxDelayMs();
    auto wanted = [&](const EventRecord &record) {
        return record.timeMs >= from && record.timeMs <= cursor.toMs;
    };
    const EventView eventView = view(request);
    QJsonArray data;
    quint32 next = 0;
    if (!cursor.descending) {
        quint32 i = qMax(resumed ? cursor.position : 0, lowest);
        for (; i < visibleEnd && data.size() < limit; ++i) {
            const EventRecord &record = log.at(i);
            if (record.processedMs() > latestProcessing) {
                i = visibleEnd;
                break;
            }
            if (wanted(record))
                data.append(eventJson(eventView, i, true));
        }
        next = i;
    } else {
        quint32 i = qMin(resumed ? cursor.position : visibleEnd, visibleEnd);
        for (; i > lowest && data.size() < limit; --i) {
            const EventRecord &record = log.at(i - 1);
            if (wanted(record))
                data.append(eventJson(eventView, i - 1, true));
        }
        next = i;
    }
    cursor.position = next;
    const QString token = cursor.encode();
    return ApiResponse::json(
        {{QStringLiteral("data"), data},
         {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), selfUrl(request)},
                                               {QStringLiteral("next"), pageUrl(request, token)}}},
         {QStringLiteral("meta"),
          QJsonObject{{QStringLiteral("next"), token}, {QStringLiteral("page_size"), limit}}}});
}

ApiResponse EventRoutes::one(const ApiRequest &request) const
{
    const std::optional<quint32> index = m_log->indexOf(request.param(1));
    const qint64 nowMs = now();
    if (index) {
        const EventRecord &record = m_log->at(*index);
        if (record.processedMs() <= nowMs && record.timeMs >= nowMs - kEventRetentionMs)
            return ApiResponse::json(
                {{QStringLiteral("data"), eventJson(view(request), *index, false)}});
    }
    return errors::applicationError(
        404, QStringLiteral("ADMIN-404-4"),
        QStringLiteral("Event %1 was not found.").arg(request.param(1)));
}

ApiResponse EventRoutes::actions(const ApiRequest &) const
{
    QJsonArray data;
    for (int action = 0; action < EventActionCount; ++action)
        data.append(eventActionJson(action));
    return ApiResponse::json({{QStringLiteral("data"), data}});
}

} // namespace

void addEventRoutes(Router &router, OrgStore &store, std::shared_ptr<EventLog> log,
                    EventControls &controls)
{
    auto routes = std::make_shared<EventRoutes>(store, std::move(log), controls);
    auto add = [&](const QString &pattern,
                   ApiResponse (*handle)(EventRoutes &, const ApiRequest &)) {
        router.add("GET", pattern, [routes, handle](const ApiRequest &request) {
            if (auto refusal = routes->refusal(request))
                return *refusal;
            return handle(*routes, request);
        });
    };
    const QString base = QStringLiteral("/admin/v1/orgs/{orgId}");
    add(base + QStringLiteral("/events"),
        [](EventRoutes &r, const ApiRequest &request) { return r.search(request); });
    add(base + QStringLiteral("/events-stream"),
        [](EventRoutes &r, const ApiRequest &request) { return r.stream(request); });
    add(base + QStringLiteral("/events/{eventId}"),
        [](EventRoutes &r, const ApiRequest &request) { return r.one(request); });
    add(base + QStringLiteral("/event-actions"),
        [](EventRoutes &r, const ApiRequest &request) { return r.actions(request); });
}

} // namespace sandbox
