#include "ApiAccessFilters.h"

#include "PageCursor.h"
#include "Prng.h"

#include <QDateTime>

#include <algorithm>

namespace sandbox {
namespace {

constexpr int kMaxPageSize = 100;
constexpr int kDefaultPageSize = 20;

std::optional<qint64> unitSeconds(const QString &uom)
{
    const QString unit = uom.toUpper();
    if (unit == QLatin1String("HOURS"))
        return 3600;
    if (unit == QLatin1String("DAYS"))
        return 86400;
    if (unit == QLatin1String("WEEKS"))
        return 7 * 86400;
    if (unit == QLatin1String("MONTHS"))
        return 30 * 86400;
    if (unit == QLatin1String("YEARS"))
        return 365 * 86400;
    return std::nullopt;
}

std::optional<qint64> timestamp(const QString &text)
{
    bool isNumber = false;
    const qint64 millis = text.toLongLong(&isNumber);
    if (isNumber)
        return millis / 1000;
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    return when.toSecsSinceEpoch();
}

std::optional<TimeCondition> rangeCondition(const QUrlQuery &query, const QString &field,
                                            qint64 now, QString *problem)
{
    TimeCondition condition;
    condition.active = true;
    const QString from = queryText(query, field + QStringLiteral("From"));
    const QString to = queryText(query, field + QStringLiteral("To"));
    const QString rangeFrom = queryText(query, field + QStringLiteral("RangeFrom"));
    const QString rangeTo = queryText(query, field + QStringLiteral("RangeTo"));
    if (!from.isEmpty() || !to.isEmpty()) {
        const auto start = from.isEmpty() ? std::optional<qint64>(LLONG_MIN) : timestamp(from);
        const auto end = to.isEmpty() ? std::optional<qint64>(LLONG_MAX) : timestamp(to);
        if (!start || !end) {
            *problem = QStringLiteral("%1From and %1To take ISO 8601 timestamps").arg(field);
            return std::nullopt;
        }
        condition.from = *start;
        condition.to = *end;
        return condition;
    }
    if (rangeFrom.isEmpty() && rangeTo.isEmpty()) {
        *problem = QStringLiteral("a range search on %1 needs %1From or %1To").arg(field);
        return std::nullopt;
    }
    const auto unit = unitSeconds(queryText(query, field + QStringLiteral("Uom")));
    bool fromOk = true;
    bool toOk = true;
    const qint64 a = rangeFrom.isEmpty() ? 0 : rangeFrom.toLongLong(&fromOk);
    const qint64 b = rangeTo.isEmpty() ? 0 : rangeTo.toLongLong(&toOk);
    if (!unit || !fromOk || !toOk) {
        *problem = QStringLiteral("%1RangeFrom/%1RangeTo take whole %1Uom units").arg(field);
        return std::nullopt;
    }
    condition.from = rangeFrom.isEmpty() ? LLONG_MIN : now + a * *unit;
    condition.to = rangeTo.isEmpty() ? LLONG_MAX : now + b * *unit;
    return condition;
}

} // namespace

QString queryText(const QUrlQuery &query, const QString &key)
{
    QString value = query.queryItemValue(key, QUrl::FullyDecoded);
    if (value.startsWith(u' '))
        value[0] = u'+';
    return value;
}

std::optional<TimeCondition> timeCondition(const QUrlQuery &query, const QString &field,
                                           DateFacing facing, qint64 now, QString *problem)
{
    const QString type = queryText(query, field + QStringLiteral("SearchType")).toLower();
    if (type.isEmpty())
        return TimeCondition();
    if (type == QLatin1String("range"))
        return rangeCondition(query, field, now, problem);
    if (type != QLatin1String("gt") && type != QLatin1String("lt")) {
        *problem = QStringLiteral("%1SearchType must be range, gt or lt").arg(field);
        return std::nullopt;
    }
    const auto unit = unitSeconds(queryText(query, field + QStringLiteral("Uom")));
    bool isNumber = false;
    const qint64 value = queryText(query, field + QStringLiteral("Value")).toLongLong(&isNumber);
    if (!unit || !isNumber || value < 0) {
        *problem = QStringLiteral("a %1 search on %2 needs %2Uom (HOURS, DAYS, WEEKS, MONTHS or "
                                  "YEARS) and a whole %2Value")
                       .arg(type, field);
        return std::nullopt;
    }
    TimeCondition condition;
    condition.active = true;
    const bool greater = type == QLatin1String("gt");
    if (facing == DateFacing::Past) {
        const qint64 edge = now - value * *unit;
        (greater ? condition.to : condition.from) = edge; // gt: before the edge
    } else {
        const qint64 edge = now + value * *unit;
        (greater ? condition.from : condition.to) = edge; // lt: before the edge
    }
    return condition;
}

std::optional<SortOrder> sortOrder(const QUrlQuery &query, const QStringList &fields,
                                   QString *problem)
{
    QString text = queryText(query, QStringLiteral("sort")).trimmed();
    SortOrder order;
    if (text.isEmpty())
        return order;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        order.descending = text.startsWith(u'-');
        text.remove(0, 1);
    }
    if (!fields.contains(text)) {
        *problem = QStringLiteral("sort takes +field or -field, field one of %1")
                       .arg(fields.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    order.field = text;
    return order;
}

std::optional<PageRequest> pageRequest(const QUrlQuery &query, PageProblem *problem)
{
    *problem = PageProblem::None;
    PageRequest page;
    QList<QPair<QString, QString>> filters = query.queryItems(QUrl::FullyDecoded);
    filters.removeIf([](const QPair<QString, QString> &item) {
        return item.first == QLatin1String("cursor") || item.first == QLatin1String("pageSize");
    });
    std::sort(filters.begin(), filters.end());
    quint64 hash = 0x6170692d61636373ULL;
    for (const auto &[key, value] : filters) {
        for (QChar c : key + u'=' + value + u'&')
            hash = Prng::mix(hash ^ c.unicode());
    }
    page.filterHash = hash;

    const QString size = queryText(query, QStringLiteral("pageSize"));
    if (!size.isEmpty()) {
        bool isNumber = false;
        page.limit = size.toInt(&isNumber);
        if (!isNumber || page.limit < 1 || page.limit > kMaxPageSize) {
            *problem = PageProblem::BadPageSize;
            return std::nullopt;
        }
    } else {
        page.limit = kDefaultPageSize;
    }
    const QString token = queryText(query, QStringLiteral("cursor"));
    if (token.isEmpty())
        return page;
    const std::optional<PageCursor> cursor = PageCursor::decode(token);
    if (!cursor || cursor->queryHash != page.filterHash) {
        *problem = PageProblem::BadCursor;
        return std::nullopt;
    }
    page.offset = int(cursor->offset);
    if (size.isEmpty())
        page.limit = cursor->limit;
    return page;
}

} // namespace sandbox
