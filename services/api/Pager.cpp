#include "Pager.h"

#include "ApiClient.h"

#include <QJsonDocument>

Pager::Pager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent)
    : QObject(parent), m_next(firstRequest), m_client(client)
{}

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

void Pager::cancel()
{
    if (m_inFlight) {
        disconnect(m_inFlight, nullptr, this, nullptr);
        m_inFlight->abort();
        m_inFlight.clear();
    }
}

void Pager::onFinished(ApiReply *reply)
{
    m_inFlight.clear();
    if (!reply->ok()) {
        Q_EMIT failed(reply->error());
        return;
    }
    const QJsonObject page = reply->json().object();
    const QJsonValue data = itemsOf(page);
    if (!data.isArray()) {
        // Asked again like a page that failed with a 5xx: reading a page twice is harmless, and
        // a garbled page is more often a proxy's doing than the server's shape changing.
        if (m_shapeRetries++ < m_client->retryPolicy().maxTransientRetries) {
            fetchNext();
            return;
        }
        m_shapeRetries = 0;
        Q_EMIT failed(ApiError::badResponse(tr("the page has no data list")));
        return;
    }
    m_shapeRetries = 0;
    ++m_pages;
    m_hasMore = advance(page);
    Q_EMIT pageReceived(data.toArray(), m_hasMore);
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
