#pragma once

#include "OrgData.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

// The org's admin API keys and its managed accounts' API tokens (CATALOG §6, §2), as plain
// data. Times are epoch seconds (UTC); 0 means "none" (never used, not revoked).

struct SeedApiKey
{
    QString id; // uuid
    QString label;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    qint64 lastActiveAt = 0;
    QStringList scopes; // empty: a key without scopes (full access)
    int createdBy = -1; // index into OrgData::users
    int revokedBy = -1; // index into OrgData::users, -1 while not revoked
    qint64 revocationDate = 0;

    bool isRevoked() const { return revocationDate != 0; }
};

struct SeedApiToken
{
    QString id; // uuid
    QString label;
    int owner = -1; // index into OrgData::users (a managed account)
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    qint64 lastActiveAt = 0;
};

// Lives on the server thread, shared by the API access routes and the User management token
// routes. A revoked token is gone; a revoked key stays, marked revoked.
struct ApiAccessState
{
    QList<SeedApiKey> keys;
    QList<SeedApiToken> tokens;
    int revokingAdmin = -1; // who the sandbox records as revoking (an org admin)
};

// The label of the seeded admin key that stands for the key the sandbox itself accepts, so that
// a client connected to the sandbox can recognise "its" key in the list.
QString sandboxKeyLabel();

// Seeds keys and tokens for the org from its id: keys spread over expiry and last use (expired,
// expiring soon, never used, without scopes, revoked), tokens for about one managed account in
// ten, more often for suspended and deactivated people. Unlike the people's dates (relative to
// the fixed seed reference), these are relative to the day the sandbox starts (UTC), so that
// "expires in 5 days" stays true whenever the sandbox runs: same seed, same day, same data.
ApiAccessState seedApiAccess(const OrgData &org);

} // namespace sandbox
