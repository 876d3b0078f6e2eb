#include "Pager.h"

#include "ApiClient.h"
#include "JsonSlices.h"

#include <QJsonDocument>

namespace {

// A page cut apart without parsing its items: the text of its `data` list, and its other
// members (links, meta) parsed.
struct PageText
{
    QByteArray items;
    QJsonObject rest;
};

std::optional<PageText> cutPage(const QByteArray &body)
{
    const auto members = JsonSlices::members(body);
    if (!members)
        return std::nullopt;
    PageText page;
    QByteArray rest = "{";
    for (const auto &[name, value] : *members) {
        if (name == "data") {
            page.items = value.toByteArray();
            continue;
        }
        if (rest.size() > 1)
            rest += ',';
        rest += '"' + name.toByteArray() + "\":" + value.toByteArray();
    }
    const QJsonDocument restDocument = QJsonDocument::fromJson(rest + '}');
    if (!page.items.startsWith('[') || !restDocument.isObject())
        return std::nullopt;
    page.rest = restDocument.object();
    return page;
}

} // namespace

Pager::Pager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent)
    : QObject(parent), m_next(firstRequest), m_client(client)
{
    // Parsed here, once, and only after the next page has been asked for.
    m_next.bodyReadByCaller = true;
}

Pager::~Pager()
{
    cancel();
}

void Pager::fetchNext()
{
    if (!m_hasMore || isFetching())
        return;
    ApiReply *reply = m_client->send(m_next);
    m_inFlight = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
}

void Pager::fetchAll()
{
    m_fetchingAll = true;
    fetchNext();
}

void Pager::cancel()
{
    m_fetchingAll = false;
    m_held.reset();
    if (m_inFlight) {
        disconnect(m_inFlight, nullptr, this, nullptr);
        m_inFlight->abort();
        m_inFlight.clear();
    }
}

void Pager::onFinished(ApiReply *reply)
{
    m_inFlight.clear();
    if (!handOutHeldPage())
        return; // the page before is asked for again; this answer follows a cursor read too soon
    if (!reply->ok()) {
        m_fetchingAll = false;
        Q_EMIT failed(reply->error());
        return;
    }
    const std::optional<UnreadPage> read = readPage(reply->body());
    if (!read) {
        onUnreadablePage();
        return;
    }
    UnreadPage unread = *read;
    m_hasMore = unread.hasMore;
    if (m_hasMore && m_fetchingAll) {
        fetchNext();
        // Held only while Qt sends it: a request that waits for a rate-limit pause or a free
        // connection must not keep a page that is here from being shown.
        if (m_inFlight && m_client->requestsQueued() == 0) {
            m_held = std::move(unread);
            connect(m_inFlight, &ApiReply::sent, this, [this] { handOutHeldPage(); });
            return;
        }
    }
    handOut(unread);
}

std::optional<Pager::UnreadPage> Pager::readPage(const QByteArray &body)
{
    const ApiRequest asked = m_next;
    if (needsWholePage()) {
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        const QJsonValue items = itemsOf(page);
        if (!items.isArray())
            return std::nullopt;
        const bool more = advance(page);
        return UnreadPage{QJsonDocument(items.toArray()).toJson(QJsonDocument::Compact), asked,
                          more};
    }
    const std::optional<PageText> page = cutPage(body);
    if (!page)
        return std::nullopt;
    const bool more = advance(page->rest);
    return UnreadPage{page->items, asked, more};
}

bool Pager::handOutHeldPage()
{
    if (!m_held)
        return true;
    const UnreadPage page = std::move(*m_held);
    m_held.reset();
    return handOut(page);
}

bool Pager::handOut(const UnreadPage &page)
{
    const QJsonDocument items = QJsonDocument::fromJson(page.items);
    if (!items.isArray()) {
        // Its list held something that is not JSON: this page again, not the next one.
        const bool fetchingAll = m_fetchingAll;
        cancel();
        m_fetchingAll = fetchingAll;
        m_next = page.request;
        m_hasMore = true;
        onUnreadablePage();
        return false;
    }
    m_shapeRetries = 0;
    ++m_pages;
    Q_EMIT pageReceived(items.array(), page.hasMore);
    return true;
}

void Pager::onUnreadablePage()
{
    // Asked again like a page that failed with a 5xx: reading a page twice is harmless, and a
    // garbled page is more often a proxy's doing than the server's shape changing.
    if (m_shapeRetries++ < m_client->retryPolicy().maxTransientRetries) {
        fetchNext();
        return;
    }
    m_shapeRetries = 0;
    m_fetchingAll = false;
    Q_EMIT failed(ApiError::badResponse(tr("the page has no data list")));
}

QJsonValue Pager::itemsOf(const QJsonObject &page) const
{
    return page.value(QLatin1String("data"));
}

bool LinkPager::advance(const QJsonObject &page)
{
    const QString next =
        page.value(QLatin1String("links")).toObject().value(QLatin1String("next")).toString();
    if (next.isEmpty())
        return false;
    m_next.absoluteUrl = QUrl(next);
    return m_next.absoluteUrl.isValid();
}

bool CursorPager::advance(const QJsonObject &page)
{
    const QString cursor =
        page.value(QLatin1String("links")).toObject().value(QLatin1String("next")).toString();
    if (cursor.isEmpty())
        return false;
    if (m_next.hasBody) {
        QJsonObject body = QJsonDocument::fromJson(m_next.body).object();
        body.insert(QLatin1String("cursor"), cursor);
        m_next.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    } else {
        m_next.query.removeAllQueryItems(QStringLiteral("cursor"));
        m_next.query.addQueryItem(QStringLiteral("cursor"),
                                  QString::fromUtf8(QUrl::toPercentEncoding(cursor)));
    }
    return true;
}
