#include "ScimPager.h"

namespace {

const QString startIndexKey = QStringLiteral("startIndex");

} // namespace

QJsonValue ScimPager::itemsOf(const QJsonObject &page) const
{
    // RFC 7644 leaves Resources out when nothing matched.
    const QJsonValue resources = page.value(QLatin1String("Resources"));
    if (resources.isUndefined() && page.value(QLatin1String("totalResults")).toInt(-1) == 0)
        return QJsonArray();
    return resources;
}

bool ScimPager::advance(const QJsonObject &page)
{
    const int received = int(page.value(QLatin1String("Resources")).toArray().size());
    m_total = page.value(QLatin1String("totalResults")).toInt(-1);
    // The index asked for, not the one the server says: a confused server cannot send the
    // walk backwards or round in circles.
    const int asked = m_next.query.queryItemValue(startIndexKey).toInt();
    const int next = std::max(1, asked) + received;
    if (received == 0 || m_total < 0 || next > m_total)
        return false;
    m_next.query.removeAllQueryItems(startIndexKey);
    m_next.query.addQueryItem(startIndexKey, QString::number(next));
    return true;
}

ScimUserPager::ScimUserPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent)
    : ScimPager(client, firstRequest, parent)
{
    connect(this, &Pager::pageReceived, this, [this](const QJsonArray &items, bool hasMore) {
        Q_EMIT usersReceived(ScimUser::listFromJson(items), hasMore);
    });
}

ScimGroupPager::ScimGroupPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent)
    : ScimPager(client, firstRequest, parent)
{
    connect(this, &Pager::pageReceived, this, [this](const QJsonArray &items, bool hasMore) {
        Q_EMIT groupsReceived(ScimGroup::listFromJson(items), hasMore);
    });
}
