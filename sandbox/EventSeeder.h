#pragma once

#include "EventLog.h"
#include "OrgData.h"

namespace sandbox {

// How many events an org of this size gets when none is asked for: about 30 a day per 1,000
// people over the 400 days seeded, never fewer than 5,000 and, so that a 100,000-user
// benchmark does not carry a million events it never reads, at most 250,000 (ask for more
// with SandboxOptions::events).
int defaultEventCount(int users);

// 400 days of audit log for the seeded org, ending just before `nowMs` (the sandbox clock at
// start): sign-ins, product access, group and role changes, policy and key events, by the
// org's own people and admin keys, from a few places per person. The same seed, count and
// org give the same events, dated relative to `nowMs`.
EventLog seedEvents(const OrgData &org, quint32 seed, int count, qint64 nowMs);

} // namespace sandbox
