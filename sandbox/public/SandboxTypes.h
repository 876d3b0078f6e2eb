#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QUrlQuery>

namespace sandbox {

struct SandboxOptions
{
    quint16 port = 0;           // 0 = any free port
    int users = 2000;           // number of seeded users
    quint32 seed = 1;           // same seed, same org
    QString apiKey;             // empty = generate one deterministically from seed
    int rateLimitPerSecond = 0; // 0 = unlimited; else requests/second per key, 429 above it
    int latencyMs = 0;          // delay every answer (timer, never blocks the thread)
    int orgAdminDelayMs = 3000; // a granted/revoked org admin shows in listings after this long
    int events = -1; // seeded audit-log events; -1 = 30 a day per 1,000 users (5,000-250,000)
    int eventsRateLimitPerMinute = 10; // GET /events per key (CATALOG §0.5); 0 = unlimited
    // Records of the first SCIM directory ("Acme Labs (Okta)"): 0 = as seeded (one for each of
    // its org directory's accounts, and the broken cases); more = filled up to this many with
    // records of the org's other people (see seedScim). Never fewer than seeded.
    int scimRecords = 0;
};

// An identity-provider directory of the seeded org and its SCIM server: its base URL is
// <baseUrl>/scim/directory/<directoryId>, opened by its own key only (not the org key).
struct ScimDirectoryInfo
{
    QString directoryId;    // the SCIM directory id (not the org directory's id)
    QString name;           // "Acme Labs (Okta)"
    QString apiKey;         // the directory's SCIM API key
    QString orgDirectoryId; // the org directory (GET /v2/orgs/{orgId}/directories) it fills
};

// A request as the sandbox received it, for tests to assert on.
struct ReceivedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header of that name, compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

// A fault to inject into the next `count` requests whose path matches `pathPattern` (and
// whose method is `method`, when not empty). A delayMs > 0 delays any kind before it acts.
struct FaultRule
{
    QRegularExpression pathPattern;
    QByteArray method; // empty = any
    enum Kind {
        Status,         // answer `status` with the matching error body (and Retry-After for 429)
        DropConnection, // close the connection without answering
        MalformedBody,  // answer 200 with the real body cut in half
        Delay,          // wait delayMs, then answer normally
        Redirect,       // answer `status` (301, 302, 303, 307, 308) pointing at `location`
        NotJson,        // answer 200 with a body that is not JSON at all
        WrongShape      // answer 200 with a string where the real body's list is
    } kind = Status;
    int status = 500;
    int delayMs = 0;
    int count = 1; // how many matching requests it hits; <= 0 = every one until clearFaults()
    QByteArray retryAfter;     // for 429: Retry-After value to send, may be empty
    int rateLimitResetMs = -1; // for 429: X-RateLimit-Reset this long from now; < 0 = none
    // DropConnection: act on the request (a write is applied) before the connection closes,
    // as a server does when only its answer is lost. Otherwise nothing is applied.
    bool applyBeforeDrop = false;
    QByteArray location; // for Redirect: the Location header, absolute or relative

    // The answers to paths matching `pathPattern`, late by `delayMs`, then as usual.
    static FaultRule delay(const QString &pathPattern, int delayMs, int count = 1)
    {
        FaultRule rule;
        rule.pathPattern = QRegularExpression(pathPattern);
        rule.kind = Delay;
        rule.delayMs = delayMs;
        rule.count = count;
        return rule;
    }
};

} // namespace sandbox
