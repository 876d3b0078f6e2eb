#include "ApiAccessQuery.h"

namespace {

// Query values go in encoded, so that '+' and ':' reach the server as they are meant.
void addEncoded(QUrlQuery &query, const QString &key, const QString &value)
{
    query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
}

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

void TimeRange::addTo(QUrlQuery &query, const QString &field) const
{
    if (!isSet())
        return;
    addEncoded(query, field + QStringLiteral("SearchType"), QStringLiteral("range"));
    if (from.isValid())
        addEncoded(query, field + QStringLiteral("From"), stamp(from));
    if (to.isValid())
        addEncoded(query, field + QStringLiteral("To"), stamp(to));
}

void AccessSort::addTo(QUrlQuery &query) const
{
    if (isSet())
        addEncoded(query, QStringLiteral("sort"), (descending ? u'-' : u'+') + field);
}

QUrlQuery ApiKeyQuery::toQuery(bool paging) const
{
    QUrlQuery query;
    if (!text.isEmpty())
        addEncoded(query, QStringLiteral("q"), text);
    if (!keyType.isEmpty())
        addEncoded(query, QStringLiteral("keyType"), keyType);
    expiresAt.addTo(query, QStringLiteral("expiresAt"));
    lastActiveAt.addTo(query, QStringLiteral("lastActiveAt"));
    if (paging) {
        sort.addTo(query);
        addEncoded(query, QStringLiteral("pageSize"), QString::number(pageSize));
    }
    return query;
}

QUrlQuery ApiTokenQuery::toQuery(bool paging) const
{
    QUrlQuery query;
    if (!text.isEmpty())
        addEncoded(query, QStringLiteral("q"), text);
    if (!status.isEmpty())
        addEncoded(query, QStringLiteral("status"), status);
    createdAt.addTo(query, QStringLiteral("createdAt"));
    lastActiveAt.addTo(query, QStringLiteral("lastActiveAt"));
    if (paging) {
        sort.addTo(query);
        addEncoded(query, QStringLiteral("pageSize"), QString::number(pageSize));
    }
    return query;
}
