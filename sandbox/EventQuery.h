#pragma once

#include "EventActions.h"
#include "EventJson.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

#include <limits>
#include <optional>
#include <vector>

namespace sandbox {

// from/to of the events routes: epoch milliseconds as strings.
struct EventTimeRange
{
    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();
};
// Nothing, with the reason, when from or to is not a number or from > to (ADMIN-400-3).
std::optional<EventTimeRange> eventTimeRange(const QUrlQuery &query, QString *problem);

// The filters of GET /events (CATALOG §1.6).
struct EventQuery
{
    QString text; // q, lowercase
    EventTimeRange range;
    QString action; // one action id; empty = any
    QStringList actors;
    QStringList ips;
    QList<EventProduct> products;
    QList<QPair<QString, QString>> locations; // lowercase city, country; empty = any

    quint64 hash() const;
};

// Nothing, with the reason, for a bad time (*timeProblem set) or an unknown product. The
// location filter is read leniently: a JSON list of {city, countryName}, one such object, or
// "City, Country" pairs separated by ";".
std::optional<EventQuery> parseEventQuery(const QUrlQuery &query, QString *problem,
                                          bool *timeProblem);

// Tells whether an event passes the query's filters other than time: built once per query,
// with what the free text matches among people, groups, places... worked out up front, so that
// a million events are checked in milliseconds.
class EventMatcher
{
public:
    EventMatcher(const EventQuery &query, const EventView &view);
    bool matches(const EventRecord &record, quint32 index) const;

private:
    bool matchesText(const EventRecord &record, quint32 index) const;
    static std::vector<char> marks(qsizetype count, const std::function<bool(int)> &match);

    const EventView &m_view;
    QString m_text;
    int m_action = -1;
    bool m_nothing = false; // a filter names something that does not exist
    QSet<int> m_actors;
    QSet<quint32> m_ips;
    QList<EventProduct> m_products;
    std::vector<char> m_places; // per place: passes the location filter
    bool m_anyPlace = true;
    std::vector<char> m_textUsers, m_textActions, m_textGroups, m_textPlaces, m_textProducts,
        m_textKeys, m_textPolicies, m_textDomains, m_textTokens;
    bool m_textIp = false;                    // the text could be part of an address
    mutable QHash<quint32, bool> m_ipMatches; // a person's few addresses recur: format each once
};

} // namespace sandbox
