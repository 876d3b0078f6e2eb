#pragma once

#include <atomic>

namespace sandbox {

// Test knobs of the invite route, shared by the test thread and the server thread: how long an
// invited person takes to accept (on the sandbox clock), and whether the organization has no
// paid subscription (every invitation is then refused with 402).
struct InviteControls
{
    std::atomic<int> acceptDelayMs{20000};
    std::atomic<bool> paymentRequired{false};
};

} // namespace sandbox
