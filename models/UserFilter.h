#pragma once

#include "UserQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

// The Users area's filters, combined (AND): what the server filters (status, account status,
// product, MFA off, e-mail domain, group, claim status, a pasted list of people) and what only
// the loaded rows can tell (last active more than N days ago, never active). A value type:
// shown as chips, saved as a named view (JSON), turned into a search query.
struct UserFilter
{
    Q_DECLARE_TR_FUNCTIONS(UserFilter)

public:
    QStringList statuses;        // active, suspended, not_invited, deactivated, for_deletion
    QStringList accountStatuses; // active, inactive, closed
    QStringList productKeys;     // jira-software, confluence... (for the chip)
    QStringList resourceIds;     // the products' site ARIs (for the server)
    int inactiveDays = 0;        // > 0: last active more than this many days ago, or never
    bool neverActive = false;
    bool mfaOff = false;
    QStringList emailDomains;
    QStringList groupIds;
    QStringList groupNames; // for the chip, in the order of groupIds
    QString claimStatus;    // managed, unmanaged
    QStringList accountIds; // a list of people (pasted or loaded)
    QStringList emails;     // their addresses, in the same order: the server filters by these
    QString listName;       // "20 people from a list"

    // One removable chip per filter kind.
    struct Chip
    {
        QString key; // "status", "accountStatus", "product", "inactive", "never", "mfa",
                     // "domain", "group", "claim", "list"
        QString text;
    };
    QList<Chip> chips() const;
    void remove(const QString &chipKey);
    bool isEmpty() const { return chips().isEmpty(); }

    // The search API's limits on its lists (MultiDirectoryUserSearchRequest).
    static constexpr int maxEmails = 100;
    static constexpr int maxListItems = 10; // groupIds, emailDomains
    static constexpr int maxResourceIds = 20;

    // Whether the server can narrow to the list of people: by their exact e-mails, when there
    // are at most 100 and no search term (the two cannot go together).
    bool listOnServer(bool withSearchTerm) const;
    // Puts the server's part into `query` (replacing those fields).
    void applyTo(UserQuery &query, bool withSearchTerm = false) const;
    // The part only loaded rows can tell (last active, a list the server cannot narrow to):
    // whether it is set, and whether a row passes.
    bool hasLocalPart(bool withSearchTerm = false) const;
    bool acceptsLastActive(const QDateTime &lastActive, const QDateTime &now) const;

    QJsonObject toJson() const;
    static UserFilter fromJson(const QJsonObject &object);
    bool operator==(const UserFilter &other) const = default;
};
