#pragma once

#include <QString>

namespace sandbox {

// Seeded data is dated relative to a fixed "now" so that the same seed gives the same org on
// any day: 2026-11-01T00:00:00Z.
constexpr qint64 kSeedReferenceEpoch = 1793491200;
constexpr qint64 kSecondsPerDay = 86400;

// "2024-01-01T00:00:00.000Z" (v2 fields such as addedToOrg)
QString isoMillis(qint64 epochSeconds);
// "2024-01-01T00:00:00Z" (v1 *_timestamp fields)
QString isoSeconds(qint64 epochSeconds);
// "2024-01-01T00:00:00.123Z" from epoch milliseconds (rate-limit reset)
QString isoMillisFromMs(qint64 epochMs);
// "2024-01-01" (v1 date fields)
QString isoDate(qint64 epochSeconds);

} // namespace sandbox
