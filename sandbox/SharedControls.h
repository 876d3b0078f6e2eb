#pragma once

#include "EventControls.h"
#include "FaultInjector.h"
#include "InviteControls.h"
#include "KeyRing.h"
#include "PolicyControls.h"
#include "RateLimiter.h"
#include "RequestLog.h"
#include "SandboxClock.h"

#include <atomic>
#include <memory>

namespace sandbox {

// What the test thread and the server thread share. Each member is thread-safe on its own.
struct SharedControls
{
    KeyRing keys;
    RateLimiter rateLimiter;
    FaultInjector faults;
    RequestLog log;
    std::atomic<int> latencyMs{0};
    std::shared_ptr<SandboxClock> clock = std::make_shared<SandboxClock>();
    std::shared_ptr<PolicyControls> policyControls = std::make_shared<PolicyControls>();
    EventControls events;
    std::shared_ptr<InviteControls> inviteControls = std::make_shared<InviteControls>();
};

} // namespace sandbox
