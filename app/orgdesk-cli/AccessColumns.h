#pragma once

#include "OutputFormat.h"

#include <QDateTime>

struct ApiKey;
struct ApiToken;

// The columns of `keys list` and `tokens list`, and one key or token as a row of them: strings,
// ISO 8601 UTC dates, whole days, null where a value is unknown or absent (never used). `risk`
// holds the risk signs as words separated by ';' (expired, expires_within_7_days,
// expires_within_30_days, never_used, unused_90_days, full_access, creator_inactive, revoked).
QStringList keyColumns();
Row keyRow(const ApiKey &key, const QDateTime &now);
QStringList tokenColumns();
Row tokenRow(const ApiToken &token, const QDateTime &now);
