#include "ApiAccessData.h"

#include "Ids.h"
#include "Prng.h"
#include "Timestamps.h"

#include <QDateTime>

#include <climits>

namespace sandbox {
namespace {

constexpr int kNever = INT_MIN; // lastActiveDays: never used
constexpr int kNotRevoked = INT_MIN;

enum class Creator { Admin, DepartedAdmin };

// One admin API key, dated in days relative to the day the sandbox starts (see seedApiAccess).
// Expiry dates are spread so that "expired", "within 7 days" and "within 30 days" all hold keys.
struct KeySpec
{
    const char *label;
    int createdDays;
    int expiresDays;
    int lastActiveDays;
    const char *scopes; // space-separated; "" = without scopes
    Creator creator;
    int revokedDays;
};

const char *const readScopes = "read:orgs:admin read:directories:admin read:groups:admin";
const char *const tokenScopes = "read:tokens:admin delete:tokens:admin read:keys:admin";

// clang-format off
const KeySpec keySpecs[] = {
    {"Orgdesk sandbox",                 -30,  200,     0, "",                  Creator::Admin,         kNotRevoked},
    {"Okta provisioning sync",         -320,   45,    -1, "",                  Creator::Admin,         kNotRevoked},
    {"SIEM export (RunReveal)",        -350,   12,    -2, "read:events:admin", Creator::Admin,         kNotRevoked},
    {"Terraform admin",                -360,    5,   -20, "",                  Creator::DepartedAdmin, kNotRevoked},
    {"Quarterly access review",        -200,  165,  -100, readScopes,          Creator::Admin,         kNotRevoked},
    {"Backup script (old laptop)",     -365,    2,  kNever, "",                Creator::DepartedAdmin, kNotRevoked},
    {"Token hygiene bot",               -60,  300,    -3, tokenScopes,         Creator::Admin,         kNotRevoked},
    {"Licence report",                 -340,   26,   -45, readScopes,          Creator::Admin,         kNotRevoked},
    {"Jira migration 2025",            -400,  -40,  -130, "",                  Creator::DepartedAdmin, kNotRevoked},
    {"Audit log archive",              -300,   -3,   -10, "read:events:admin", Creator::Admin,         kNotRevoked},
    {"Test key - delete me",            -20,   33,  kNever, "",                Creator::Admin,         kNotRevoked},
    {"HR offboarding (Workday)",       -330,   31,    -6, "",                  Creator::Admin,         kNotRevoked},
    {"Directory cleanup",              -180,   55,  kNever, readScopes,        Creator::Admin,         kNotRevoked},
    {"Group sync (legacy)",            -500, -150,  -210, "",                  Creator::DepartedAdmin, -160},
    {"Leaked in a ticket",             -120,  240,   -90, "",                  Creator::Admin,         -88},
    {"Statuspage integration",         -280,   20,   -12, readScopes,          Creator::Admin,         kNotRevoked},
};
// clang-format on

const char *const tokenLabels[] = {
    "Jira CLI",
    "Confluence backup script",
    "Zapier",
    "VS Code",
    "Postman",
    "GitHub Actions",
    "Python script",
    "Grafana dashboard",
    "Migration tool",
    "Slack bot",
    "Power BI export",
    "Jenkins",
    "Raycast",
    "Shortcuts on my phone",
    "Excel add-in",
    "Bitbucket pipeline",
    "Release notes bot",
    "Test automation",
    "Tempo sync",
    "Personal scripts",
};

constexpr qint64 kDay = kSecondsPerDay;
constexpr qint64 kOneYearExpiryPolicy = 1734220800; // 2024-12-15: new tokens expire in a year
constexpr qint64 kOldTokensExpireFrom = 1773446400; // 2026-03-14
constexpr qint64 kOldTokensExpireTo = 1778544000;   // 2026-05-12

quint64 seedFromOrgId(const QString &orgId)
{
    quint64 hash = 0xcbf29ce484222325ULL; // FNV-1a
    for (QChar c : orgId) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

QList<int> usersWhere(const OrgData &org, bool (*accept)(const SeedUser &))
{
    QList<int> indices;
    for (int i = 0; i < org.users.size(); ++i) {
        if (accept(org.users.at(i)))
            indices.append(i);
    }
    return indices;
}

bool isActiveAdmin(const SeedUser &user)
{
    return user.managed && user.status == UserStatus::Active && user.hasRole(RoleOrgAdmin);
}

bool isActiveManaged(const SeedUser &user)
{
    return user.managed && user.status == UserStatus::Active;
}

bool isDeparted(const SeedUser &user)
{
    return user.managed &&
           (user.status == UserStatus::Suspended || user.status == UserStatus::Deactivated);
}

// The start of today (UTC): what the keys' and tokens' dates are relative to.
qint64 anchor()
{
    static const qint64 today = QDateTime::currentSecsSinceEpoch() / kDay * kDay;
    return today;
}

qint64 at(int days)
{
    return anchor() + qint64(days) * kDay;
}

void seedKeys(const OrgData &org, Prng &rng, ApiAccessState &state)
{
    QList<int> admins = usersWhere(org, isActiveAdmin);
    if (admins.isEmpty())
        admins = usersWhere(org, isActiveManaged);
    QList<int> departed = usersWhere(org, isDeparted);
    if (departed.isEmpty())
        departed = admins;
    state.revokingAdmin = admins.value(0, -1);
    int next = 0;
    for (const KeySpec &spec : keySpecs) {
        SeedApiKey key;
        key.id = uuidFrom(rng);
        key.label = QString::fromUtf8(spec.label);
        key.createdAt = at(spec.createdDays) + rng.range(0, kDay - 1);
        key.expiresAt = at(spec.expiresDays) + rng.range(0, kDay - 1);
        key.lastActiveAt =
            spec.lastActiveDays == kNever ? 0 : at(spec.lastActiveDays) - rng.range(0, kDay / 2);
        key.scopes = QString::fromUtf8(spec.scopes).split(u' ', Qt::SkipEmptyParts);
        const QList<int> &creators = spec.creator == Creator::Admin ? admins : departed;
        key.createdBy = creators.isEmpty() ? -1 : creators.at(next++ % creators.size());
        if (spec.revokedDays != kNotRevoked) {
            key.revocationDate = at(spec.revokedDays) + rng.range(0, kDay - 1);
            key.revokedBy = state.revokingAdmin;
        }
        state.keys.append(key);
    }
}

qint64 tokenExpiry(Prng &rng, qint64 createdAt)
{
    if (createdAt < kOneYearExpiryPolicy)
        return rng.range(kOldTokensExpireFrom, kOldTokensExpireTo);
    const double u = rng.unit();
    const int days = u < 0.75 ? 365 : u < 0.88 ? 180 : u < 0.96 ? 90 : 30;
    return createdAt + days * kDay;
}

qint64 tokenLastActive(Prng &rng, qint64 createdAt, qint64 expiresAt)
{
    if (rng.chance(0.2))
        return 0; // never used
    const qint64 end = qMin<qint64>(anchor(), expiresAt);
    if (end <= createdAt)
        return 0;
    if (rng.chance(0.45)) // in use lately
        return end - rng.range(0, qMin<qint64>(30 * kDay, end - createdAt));
    return createdAt + rng.range(0, end - createdAt);
}

void seedTokens(const OrgData &org, quint64 seed, ApiAccessState &state)
{
    for (int i = 0; i < org.users.size(); ++i) {
        const SeedUser &user = org.users.at(i);
        // User management acts on managed accounts with a verified e-mail only.
        if (!user.managed || !user.emailVerified || user.status == UserStatus::NotInvited)
            continue;
        Prng rng(Prng::derive(seed, quint64(i), 0x746f6b656e)); // "token"
        if (!rng.chance(isDeparted(user) ? 0.35 : 0.09))
            continue;
        const double u = rng.unit();
        const int count = u < 0.6 ? 1 : u < 0.9 ? 2 : 3;
        for (int t = 0; t < count; ++t) {
            SeedApiToken token;
            token.id = uuidFrom(rng);
            token.label = QString::fromUtf8(rng.pick(tokenLabels));
            token.owner = i;
            token.createdAt = anchor() - rng.range(3, 900) * kDay - rng.range(0, kDay);
            token.expiresAt = tokenExpiry(rng, token.createdAt);
            token.lastActiveAt = tokenLastActive(rng, token.createdAt, token.expiresAt);
            state.tokens.append(token);
        }
    }
}

} // namespace

QString sandboxKeyLabel()
{
    return QString::fromUtf8(keySpecs[0].label);
}

ApiAccessState seedApiAccess(const OrgData &org)
{
    const quint64 seed = seedFromOrgId(org.orgId);
    ApiAccessState state;
    Prng rng(Prng::derive(seed, 0, 0x6b657973)); // "keys"
    seedKeys(org, rng, state);
    seedTokens(org, seed, state);
    return state;
}

} // namespace sandbox
