#pragma once

#include "ApiClient.h"
#include "Await.h"
#include "PolicyService.h"

// Synchronous helpers for the policy tests: each waits (spinning the event loop) for the answer.
namespace PolicyListing {

using Listing = Await::Pages<Policy>;

// Every page of a pager the caller made (and still owns).
inline Listing all(PolicyPager *pager, int timeoutMs = 20000)
{
    return Await::allPages(pager, &PolicyPager::policiesReceived, timeoutMs);
}

using Await::wait;
using Await::waitDone;

} // namespace PolicyListing
