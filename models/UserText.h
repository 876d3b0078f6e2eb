#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// The words people read for the API's enumerations and timestamps. Values the API may add later
// are shown as they come (raw), never hidden.
class UserText
{
    Q_DECLARE_TR_FUNCTIONS(UserText)

public:
    // status: active, suspended, not_invited, deactivated, for_deletion
    static QString status(const QString &status);
    // accountStatus: active, inactive, closed
    static QString accountStatus(const QString &accountStatus);
    // membershipStatus: active, suspended, no_membership
    static QString membershipStatus(const QString &membershipStatus);
    // claimStatus: managed, unmanaged
    static QString claimStatus(const QString &claimStatus);
    // managementSource: invited, synced (empty: not known)
    static QString managementSource(const QString &source);
    static QString mfa(std::optional<bool> enabled);
    // atlassian/org-admin, atlassian/site-admin...
    static QString platformRole(const QString &role);
    // A product key (jira-software, confluence, jira-servicedesk, loom...) as its product name.
    static QString productName(const QString &key);

    // "12 Mar 2026" in the user's language.
    static QString date(const QDateTime &when);
    // "Today", "Yesterday", "3 days ago", "5 months ago", relative to `now`; InText gives the
    // form that goes inside a sentence or brackets ("today").
    enum class Placement { Alone, InText };
    static QString ago(const QDateTime &when, const QDateTime &now,
                       Placement placement = Placement::Alone);
    // Relative while recent, the date after that; "Never" when `when` is invalid.
    static QString lastActive(const QDateTime &when, const QDateTime &now);
    // "12 Mar 2026 (3 days ago)", or "Never".
    static QString dateWithAgo(const QDateTime &when, const QDateTime &now);
};
