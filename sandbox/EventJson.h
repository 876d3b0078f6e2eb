#pragma once

#include "EventActions.h"
#include "EventLog.h"
#include "OrgData.h"

#include <QJsonObject>

namespace sandbox {

// What rendering an event needs besides its record.
struct EventView
{
    const OrgData &org;
    const EventLog &log;
    QString origin; // "http://127.0.0.1:PORT", for links
};

// EventModel (CATALOG §1.6); with processedAt for the stream (PollingEventModel).
QJsonObject eventJson(const EventView &view, quint32 index, bool withProcessedAt);
// EventActionModel, with the groupDisplayNames of CATALOG §9.1.
QJsonObject eventActionJson(int action);

// The product an event is about, for the "product" filter.
EventProduct eventProduct(const EventRecord &record);
EventProduct productFamily(int product); // Product -> filter value

// Context objects of the audit log (EventObjectModel), shared with the events writes record.
QJsonObject personObject(const SeedUser &user);
QJsonObject groupObject(const Group &group);
QJsonObject orgObject(const OrgData &org);

// The name of what the record's `target` points at; empty when none.
QString targetName(const EventView &view, const EventRecord &record);

} // namespace sandbox
