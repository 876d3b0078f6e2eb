#include "EventsService.h"

#include "ApiClient.h"
#include "JsonSlices.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

constexpr int maxLimit = EventsService::maxStreamLimit;

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// The cursor of the next page: meta.next, else the `cursor` of links.next (a full URL in this
// pagination style, CATALOG §0.3 P1), else links.next as it is.
QString nextCursorOf(const QJsonObject &page)
{
    const QString meta =
        page.value(QLatin1String("meta")).toObject().value(QLatin1String("next")).toString();
    if (!meta.isEmpty())
        return meta;
    const QString link =
        page.value(QLatin1String("links")).toObject().value(QLatin1String("next")).toString();
    const QUrl url(link);
    if (url.isValid() && !url.scheme().isEmpty()) {
        return QUrlQuery(url).queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    }
    return link;
}

std::optional<EventStreamPage> pageFromJson(const QJsonDocument &document)
{
    const QJsonObject page = document.object();
    const QJsonValue data = page.value(QLatin1String("data"));
    if (!data.isArray())
        return std::nullopt;
    return EventStreamPage{AuditEvent::listFromJson(data.toArray()), nextCursorOf(page)};
}

// The page's members cut apart without parsing its events: only `meta` and `links` are parsed.
std::optional<EventStreamText> pageFromText(const QByteArray &body)
{
    const auto members = JsonSlices::members(body);
    if (!members)
        return std::nullopt;
    std::optional<EventStreamText> page;
    QJsonObject small; // meta and links
    for (const auto &[name, value] : *members) {
        if (name == "data" && value.startsWith('[')) {
            page = EventStreamText{value.toByteArray(), QString()};
        } else if (name == "meta" || name == "links") {
            const QJsonDocument document = QJsonDocument::fromJson(value.toByteArray());
            if (!document.isObject())
                return std::nullopt;
            small.insert(QString::fromLatin1(name), document.object());
        }
    }
    if (page)
        page->nextCursor = nextCursorOf(small);
    return page;
}

void addList(QUrlQuery &query, const QString &name, const QStringList &values)
{
    QStringList parts;
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty())
            parts.append(encoded(value.trimmed()));
    }
    if (!parts.isEmpty())
        query.addQueryItem(name, parts.join(QLatin1Char(',')));
}

} // namespace

EventsService::EventsService(ApiClient *client, QString orgId)
    : m_client(client), m_orgId(std::move(orgId))
{}

QString EventsService::path(const QString &tail) const
{
    return QStringLiteral("/admin/v1/orgs/%1/%2").arg(encoded(m_orgId), tail);
}

ApiRequest EventsService::streamRequest(const QString &cursor, int limit) const
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), encoded(cursor));
    query.addQueryItem(
        QStringLiteral("limit"),
        QString::number(std::clamp(limit <= 0 ? defaultStreamLimit : limit, 1, maxStreamLimit)));
    query.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("asc"));
    return ApiRequest::get(path(QStringLiteral("events-stream")), query);
}

ApiReply *EventsService::streamPage(const QString &cursor, int limit, const QObject *context,
                                    ApiCallback<EventStreamPage> callback) const
{
    return deliverTo<EventStreamPage>(m_client->send(streamRequest(cursor, limit)), context,
                                      pageFromJson, std::move(callback));
}

ApiReply *EventsService::streamText(const QString &cursor, int limit, const QObject *context,
                                    ApiCallback<EventStreamText> callback) const
{
    ApiRequest request = streamRequest(cursor, limit);
    request.bodyReadByCaller = true;
    ApiReply *reply = m_client->send(request);
    QObject::connect(reply, &ApiReply::finished, context, [reply, callback] {
        ApiResult<EventStreamText> result;
        if (!reply->ok())
            result.error = reply->error();
        else if (std::optional<EventStreamText> page = pageFromText(reply->body()))
            result.value = std::move(*page);
        else
            result.error =
                ApiError::badResponse(QCoreApplication::translate("ApiError", "unexpected shape"));
        callback(result);
    });
    return reply;
}

ApiReply *EventsService::search(const Search &search, const QString &cursor, const QObject *context,
                                ApiCallback<EventStreamPage> callback) const
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), encoded(cursor));
    if (!search.text.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("q"), encoded(search.text.trimmed()));
    if (search.fromMs > 0)
        query.addQueryItem(QStringLiteral("from"), QString::number(search.fromMs));
    if (search.toMs > 0)
        query.addQueryItem(QStringLiteral("to"), QString::number(search.toMs));
    addList(query, QStringLiteral("action"), search.actions);
    addList(query, QStringLiteral("actor"), search.actors);
    addList(query, QStringLiteral("ip"), search.ips);
    addList(query, QStringLiteral("product"), search.products);
    query.addQueryItem(QStringLiteral("limit"),
                       QString::number(std::clamp(search.limit, 1, maxStreamLimit)));
    return deliverTo<EventStreamPage>(
        m_client->send(ApiRequest::get(path(QStringLiteral("events")), query)), context,
        pageFromJson, std::move(callback));
}

ApiReply *EventsService::event(const QString &eventId, const QObject *context,
                               ApiCallback<AuditEvent> callback) const
{
    auto parse = [](const QJsonDocument &document) {
        return AuditEvent::fromJson(document.object().value(QLatin1String("data")).toObject());
    };
    return deliverTo<AuditEvent>(
        m_client->send(ApiRequest::get(path(QStringLiteral("events/") + encoded(eventId)))),
        context, parse, std::move(callback));
}

ApiReply *EventsService::actions(const QObject *context,
                                 ApiCallback<QList<EventAction>> callback) const
{
    auto parse = [](const QJsonDocument &document) -> std::optional<QList<EventAction>> {
        const QJsonValue data = document.object().value(QLatin1String("data"));
        if (!data.isArray())
            return std::nullopt;
        return EventAction::listFromJson(data.toArray());
    };
    return deliverTo<QList<EventAction>>(
        m_client->send(ApiRequest::get(path(QStringLiteral("event-actions")))), context, parse,
        std::move(callback));
}
