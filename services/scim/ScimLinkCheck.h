#pragma once

#include "ScimLinkFinding.h"
#include "ScimUser.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// An account of the organization, as the link check needs it (from the directory users API).
struct ScimCheckAccount
{
    QString accountId;
    QString name;
    QString email;
    QString status;        // active, suspended, not_invited, deactivated, for_deletion
    QString accountStatus; // active, inactive, closed
    QString claimStatus;   // managed, unmanaged
    QStringList orgDirectoryIds;
};

// A SCIM directory's records, and the org directory its identity provider fills (empty: not
// known; the check then infers it, see ScimLinkCheck).
struct ScimCheckDirectory
{
    QString directoryId;
    QString name;
    QString orgDirectoryId;
    QList<ScimUser> records;
};

struct ScimLinkReport
{
    QList<ScimLinkFinding> findings;
    int recordsChecked = 0;
    int accountsChecked = 0;
    QStringList notes; // what the check could not look at, in words
};

// Compares SCIM directories with the organization's accounts (no network): orphaned and
// unlinked records, accounts with more than one record, addresses that differ, active states
// that disagree, and accounts of a provider's org directory that have no record. Directories
// checked together count as one: an account needs a record in any of them.
class ScimLinkCheck
{
    Q_DECLARE_TR_FUNCTIONS(ScimLinkCheck)

public:
    static ScimLinkReport run(const QList<ScimCheckDirectory> &directories,
                              const QList<ScimCheckAccount> &accounts);

    // The org directory most of the directory's linked accounts are in, when those hold at
    // least half of that org directory's accounts; empty otherwise.
    static QString inferOrgDirectory(const ScimCheckDirectory &directory,
                                     const QList<ScimCheckAccount> &accounts);

    // Whether an account is suspended or deactivated (as opposed to able to work).
    static bool isAccountInactive(const ScimCheckAccount &account);
};
