#pragma once

#include <QCoreApplication>
#include <QString>

// One problem the link check found between a SCIM directory and the organization's accounts,
// with the reason in words and the repair the APIs allow.
struct ScimLinkFinding
{
    Q_DECLARE_TR_FUNCTIONS(ScimLinkFinding)

public:
    enum class Kind {
        OrphanRecord,     // linked to an account the organization does not have
        UnlinkedRecord,   // linked to no account at all
        DuplicateRecords, // the account has more than one record (in one or more directories)
        EmailDiffers,     // the record's address is not the account's
        ActiveButAccountInactive, // record active, account suspended or deactivated
        InactiveButAccountActive, // record inactive, account active
        AccountWithoutRecord,     // in the directory the IdP fills, but no record
    };
    enum class Repair {
        Unlink,               // the link route: record and account both stay, unlinked
        DeleteAccountRecords, // onlyDeleteUserInDB: every record of the account, all directories
        ChangeAccountEmail,   // unlink, User management's PUT /manage/email, push again
        DeleteRecord,         // SCIM DELETE /Users/{id}
        SetRecordActive,      // SCIM PATCH active
        PushFromIdentityProvider,
    };

    Kind kind = Kind::OrphanRecord;
    Repair repair = Repair::Unlink;
    QString directoryId; // the SCIM directory (empty for an account without a record)
    QString directoryName;
    QString scimUserId;
    QString userName;
    QString externalId;
    QString accountId;
    QString accountEmail;
    QString reason; // in words, for a person

    // "orphan_record", "unlinked_record"...: stable names for CSV and JSON.
    static QString kindKey(Kind kind);
    static QString kindTitle(Kind kind); // "Orphaned record"...
    static QString repairKey(Repair repair);
    // What the repair does, in words.
    static QString repairText(Repair repair);
};
