#pragma once

#include "ApiAccessData.h"
#include "DomainSeeder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace sandbox {

// One audit-log event in 32 bytes: indices into the org's people and into EventNames, rendered
// to JSON only when served, so that a million events take a few tens of megabytes.
struct EventRecord
{
    qint64 timeMs = 0;   // when it happened (epoch ms)
    qint32 delayMs = 0;  // processedAt - time
    qint32 actor = -1;   // index into OrgData::users; -1 = none
    qint32 subject = -1; // the person acted on, when the action has one
    quint32 ip = 0;      // IPv4
    quint16 action = 0;  // EventAction
    quint16 target = 0;  // meaning per EventActionInfo::target (group, product, key index...)
    quint8 place = 0;    // index into eventPlaces(), or kNoPlace
    quint8 key = 0;      // 0: the actor's own session; k: EventNames::keys[k - 1] (an API key)
    quint8 hasDetail = 0;
    quint8 spare = 0;

    qint64 processedMs() const { return timeMs + delayMs; }
};
static_assert(sizeof(EventRecord) == 32, "keep the record compact");

// What a write through the sandbox recorded, already rendered: its actor and context come
// from state that may change later (a renamed group, a reused group slot, a deleted token).
struct EventDetail
{
    QJsonObject actor;
    QJsonArray context;
    QString subjectName;
    QString targetName;
    QString searchText; // lowercase: every name, e-mail and id the event shows
};

// The things seeded events point at besides people, groups and products.
struct EventNames
{
    QList<SeedApiKey> keys;
    QList<QPair<QString, QString>> policies; // id, name
    QList<SeedDomain> domains;
    QStringList tokenLabels;
};

// The audit log on the server thread: records sorted by processing time (the stream's order),
// appended as time moves on, with an index by event time (the search's order).
class EventLog
{
public:
    explicit EventLog(quint64 idKey = 0) : m_idKey(idKey) {}

    // Takes seeded records in any order.
    void setSeeded(std::vector<EventRecord> records);
    // Appends an event; its processing time is never before the last one's, so the log stays
    // sorted and cursors into it stay valid. Returns its index.
    quint32 append(EventRecord record, std::optional<EventDetail> detail = std::nullopt);

    quint32 size() const { return quint32(m_records.size()); }
    const EventRecord &at(quint32 index) const { return m_records[index]; }
    const EventDetail *detail(quint32 index) const;
    // Indices, oldest event time first.
    const std::vector<quint32> &byTime() const { return m_byTime; }
    // The first index whose processing time is >= ms (or > ms): binary searches.
    quint32 processedFrom(qint64 ms) const;
    quint32 processedAfter(qint64 ms) const;
    // Positions in byTime() of the first event at or after ms, and after ms.
    quint32 timeFrom(qint64 ms) const;
    quint32 timeAfter(qint64 ms) const;
    qint64 maxDelayMs() const { return m_maxDelayMs; }

    // A UUID-shaped id from which the index comes back (and nothing else decodes).
    QString idOf(quint32 index) const;
    std::optional<quint32> indexOf(const QString &id) const;

    EventNames names;

private:
    std::vector<EventRecord> m_records;
    std::vector<quint32> m_byTime;
    QHash<quint32, EventDetail> m_details;
    qint64 m_maxDelayMs = 0;
    quint64 m_idKey;
};

} // namespace sandbox
