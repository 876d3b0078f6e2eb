#pragma once

#include "EventLog.h"

#include <memory>

namespace sandbox {

class OrgStore;
class Router;
struct EventControls;

// Events are served for this long after they happen (CATALOG §9.1: 180 days on every plan).
constexpr qint64 kEventRetentionMs = 180LL * 86400 * 1000;

// The audit log (CATALOG §1.6, §9.1): search, stream, one event, the action catalogue.
void addEventRoutes(Router &router, OrgStore &store, std::shared_ptr<EventLog> log,
                    EventControls &controls);

} // namespace sandbox
