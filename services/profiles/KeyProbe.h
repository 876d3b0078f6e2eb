#pragma once

#include "ApiError.h"
#include "RetryPolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class ApiClient;
class QObject;

// Whether a key opens an organization at all: the first, read-only test of a new or rotated key.
struct KeyVerdict
{
    enum class Outcome {
        Accepted,
        WrongKey,      // 401: not a valid admin API key (mistyped, revoked)
        ExpiredKey,    // 401 and the key is past its expiry date
        OtherOrg,      // valid key, but not for this org id
        NoNetwork,     // the server could not be reached (or did not answer in time)
        RateLimited,   // the server's rate limit outlasted our waits
        ServerTrouble, // 5xx
        Failed,        // anything else; `message` says what
    };

    Outcome outcome = Outcome::Failed;
    QString orgName; // when accepted and the key may read the org's name
    QString message; // a sentence for the user; for Accepted a note, often empty
    ApiError error;

    bool accepted() const { return outcome == Outcome::Accepted; }
};

// The parts of the admin APIs a key may or may not reach (scoped keys reach only some).
enum class KeyArea {
    Organization,
    Directories,
    Users,
    Groups,
    Domains,
    AuditLog,
    Policies,
    UserManagement,
    ApiTokens,
    DataClassification,
};

struct AreaAccess
{
    enum class Status {
        Reachable,
        Refused,    // 403: the key's scopes do not cover it
        NotOffered, // the server does not serve it (the sandbox, or not in the org's plan)
        Unknown,    // could not be checked (network, rate limit, no account to try with)
    };

    KeyArea area = KeyArea::Organization;
    Status status = Status::Unknown;
    QString scope;  // the scope a scoped key needs, or empty when only an unscoped key will do
    QString reason; // why not reachable, in words
    QString remedy; // what key to create instead
};

struct KeyCapabilities
{
    QList<AreaAccess> areas;

    AreaAccess access(KeyArea area) const;
    bool reaches(KeyArea area) const
    {
        return access(area).status == AreaAccess::Status::Reachable;
    }
    int refusedCount() const;
};

// Read-only probes of a key against one organization: verify() answers "does this key open this
// org?", probeAreas() "which areas can it reach?". Results arrive through `context`.
class KeyProbe
{
    Q_DECLARE_TR_FUNCTIONS(KeyProbe)

public:
    KeyProbe(ApiClient *client, QString orgId);

    // So that a 401 on a key past its date is reported as expired, not as wrong.
    void setKeyExpiry(const QDate &expiry, const QDate &today);

    // Few retries and rate-limit waits: a person is waiting in a dialog.
    static RetryPolicy interactivePolicy();

    void verify(const QObject *context, std::function<void(const KeyVerdict &)> done) const;
    void probeAreas(const QObject *context,
                    std::function<void(const KeyCapabilities &)> done) const;

    static QString areaName(KeyArea area);
    static QList<KeyArea> allAreas();

private:
    KeyVerdict verdictFor(const ApiError &error) const;
    void explainNotFound(const QObject *context,
                         std::function<void(const KeyVerdict &)> done) const;
    void checkDirectoriesInstead(const QObject *context,
                                 std::function<void(const KeyVerdict &)> done) const;

    ApiClient *m_client;
    QString m_orgId;
    QDate m_keyExpiry;
    QDate m_today;
};
