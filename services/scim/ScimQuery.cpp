#include "ScimQuery.h"

#include <algorithm>

QString ScimQuery::equals(const QString &attribute, const QString &value)
{
    QString escaped;
    escaped.reserve(value.size() + 2);
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return QStringLiteral("%1 eq \"%2\"").arg(attribute, escaped);
}

QUrlQuery ScimQuery::toUrlQuery() const
{
    QUrlQuery query;
    // Percent-encoded here: a filter holds quotes, spaces and maybe '+' or '&'.
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (!filter.isEmpty())
        add(QStringLiteral("filter"), filter);
    query.addQueryItem(QStringLiteral("startIndex"), QString::number(std::max(1, startIndex)));
    query.addQueryItem(QStringLiteral("count"),
                       QString::number(std::clamp(count, 1, int(maxCount))));
    if (!attributes.isEmpty())
        add(QStringLiteral("attributes"), attributes.join(u','));
    else if (!excludedAttributes.isEmpty())
        add(QStringLiteral("excludedAttributes"), excludedAttributes.join(u','));
    return query;
}
