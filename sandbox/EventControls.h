#pragma once

#include "RateLimiter.h"

#include <atomic>

namespace sandbox {

// Test knobs of the audit log, shared by the test thread and the server thread.
struct EventControls
{
    // A write's event shows in the stream this long after the write, on the sandbox clock.
    std::atomic<int> processingDelayMs{3000};
    // Every events route answers 403, as for an org without Atlassian Guard or a key without
    // read:events:admin.
    std::atomic<bool> forbidden{false};
    // GET /events only (CATALOG §0.5): so many requests a minute per key, real time.
    RateLimiter searchLimiter{60'000};
};

} // namespace sandbox
