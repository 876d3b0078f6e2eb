#pragma once

#include "AuditEvent.h"
#include "AuditFilter.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <functional>

class AuditArchive;
class QIODevice;

// Audit events written out, for `orgdesk-cli audit search|tail` and the Audit log area's export:
// NDJSON (one event a line, exactly the JSON the API sent, what a SIEM takes in) and CSV (the
// columns the area shows). One place, so the file a person exports and the one a script gets
// are the same.
namespace AuditExport {

enum class Format { Ndjson, Csv };

// Action ids to display names ("user_suspended" -> "Suspended user"), from the catalogue.
using ActionNames = QHash<QString, QString>;
ActionNames actionNames(const QList<EventAction> &catalogue);

// The CSV columns, as the area shows them: time, action, actor, target, where, ip, place.
QStringList csvColumns();
// One event's cells for those columns: time as ISO 8601 UTC with milliseconds, the action's
// display name (its id when the catalogue lacks it), the actor's name <e-mail> (or id), the
// targets' and containers' names joined with "; ", the IP, the place.
QStringList csvCells(const AuditEvent &event, const ActionNames &names);

QByteArray csvHeader();
QByteArray csvLine(const AuditEvent &event, const ActionNames &names);
QByteArray ndjsonLine(const AuditEvent &event); // the event's JSON and "\n"

// Writes every event the filter selects from the archive, newest first, page by page (never
// all in memory). `progress` (may be empty) gets the count written so far after each page and
// returns false to stop. Returns the count written, or -1 when the device refused the bytes.
qint64 write(const AuditArchive &archive, const AuditFilter &filter, Format format, QIODevice *out,
             const std::function<bool(qint64)> &progress = {});

} // namespace AuditExport
