#pragma once

// How hard the ApiClient tries before it gives up. Tests shrink the delays.
struct RetryPolicy
{
    int maxTransientRetries = 3; // reads (and idempotent writes) after a network error or a 5xx
    int maxRateLimitWaits = 6;   // 429 answers waited out for one request
    int baseBackoffMs = 500;     // first backoff; doubles each attempt, with jitter
    int maxBackoffMs = 30000;    // no single wait is longer than this
    int transferTimeoutMs = 30000;
    int maxConcurrentRequests = 6;
};
