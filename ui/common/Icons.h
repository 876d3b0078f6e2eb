#pragma once

#include "BulkJob.h"
#include "JobItem.h"

#include <QIcon>
#include <QStringList>

// Orgdesk's icons, handed out from one place: the desktop icon theme's icon when it has one of
// the freedesktop name, else Orgdesk's own (resources/icons, drawn on a 16 px grid in a grey that
// reads on light and dark palettes).
namespace Icons {

enum class Action { Refresh, Export, Search, Filter, Add, Remove, Revoke, Suspend, Restore };
enum class JobState { Pending, Running, Done, Failed, Skipped, Cancelled };

// The sidebar area's icon by its key ("users", "apiKeys"...); a null icon for an unknown key.
QIcon area(const QString &key);
QIcon action(Action action);
QIcon jobState(JobState state);
QIcon jobState(JobItem::State state);
// A job's state as a whole: finished with failures shows as failed.
QIcon jobState(BulkJob::Status status, bool hasFailures);

// The area keys that have an icon, and every icon file of the set (for tests).
QStringList areaKeys();
QStringList resourcePaths();

} // namespace Icons
