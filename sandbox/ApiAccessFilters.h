#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <climits>
#include <optional>

namespace sandbox {

// The query parameters of the API access lists (CATALOG §6), as the sandbox reads them. The
// reference names the parameters but not all their values; where it is silent the sandbox's
// reading is written here.

// A query item's value, fully decoded. A '+' that arrived raw (and so may read as a space) is
// kept as '+', because sort values start with one.
QString queryText(const QUrlQuery &query, const QString &key);

// A date condition from <field>SearchType and its companions:
//   range: <field>From and/or <field>To, ISO 8601 timestamps (or epoch milliseconds), inclusive;
//          or <field>RangeFrom/<field>RangeTo, whole <field>Uom units relative to now
//          (negative: in the past)
//   gt/lt: <field>Uom (HOURS, DAYS, WEEKS, MONTHS, YEARS) and <field>Value. For past dates
//          (created, last active) "gt" means longer ago than that, "lt" more recently; for expiry
//          dates "lt" means before now plus that, "gt" after it.
// A missing date (never used) never matches an active condition.
struct TimeCondition
{
    bool active = false;
    qint64 from = LLONG_MIN; // epoch seconds, inclusive
    qint64 to = LLONG_MAX;

    bool matches(qint64 epochSeconds) const
    {
        return !active || (epochSeconds != 0 && epochSeconds >= from && epochSeconds <= to);
    }
};

enum class DateFacing { Past, Future };

// Nothing (and `problem` set) when the parameters are malformed; an inactive condition when
// the field is not searched on.
std::optional<TimeCondition> timeCondition(const QUrlQuery &query, const QString &field,
                                           DateFacing facing, qint64 now, QString *problem);

struct SortOrder
{
    QString field; // empty: the list's natural order
    bool descending = false;
};

// "sort": "+field" ascending (the '+' may be left out), "-field" descending; the field must be
// one of `fields`.
std::optional<SortOrder> sortOrder(const QUrlQuery &query, const QStringList &fields,
                                   QString *problem);

// A page of a P6 list: "pageSize" (1 to 100, default 20) and "cursor". With a cursor the
// filters must be the ones the cursor was made for.
struct PageRequest
{
    int offset = 0;
    int limit = 20;
    quint64 filterHash = 0;
};

enum class PageProblem { None, BadPageSize, BadCursor };

std::optional<PageRequest> pageRequest(const QUrlQuery &query, PageProblem *problem);

} // namespace sandbox
