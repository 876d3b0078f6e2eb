#pragma once

#include "ApiAccessData.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sandbox {

// The JSON of the API access lists (CATALOG §6) and of User management's token list (§2).

// An admin API key: {id, label, createdAt, lastActiveAt, expiresAt, token (null), resource,
// orgId, scopes[], createdBy{id, name, email, appType, orgId, userStatus}, revokedBy,
// revocationDate}.
QJsonObject apiKeyJson(const SeedApiKey &key, const OrgData &org);

// A user's token in the org-wide list: {id, label, status, createdAt, expiresAt, lastActiveAt,
// user{id, orgId, name, email}}. The status is EXPIRED past the expiry date, else ALLOWED.
QJsonObject apiTokenJson(const SeedApiToken &token, const OrgData &org, qint64 now);
QString apiTokenStatus(const SeedApiToken &token, qint64 now);

// A token as User management lists it: {id, label, createdAt, lastAccess, expiry}.
QJsonObject manageTokenJson(const SeedApiToken &token);

} // namespace sandbox
