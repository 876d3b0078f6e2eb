#pragma once

#include "FaultInjector.h"
#include "KeyRing.h"
#include "RateLimiter.h"
#include "RequestLog.h"

#include <atomic>

namespace sandbox {

// What the test thread and the server thread share. Each member is thread-safe on its own.
struct SharedControls
{
    KeyRing keys;
    RateLimiter rateLimiter;
    FaultInjector faults;
    RequestLog log;
    std::atomic<int> latencyMs{0};
};

} // namespace sandbox
