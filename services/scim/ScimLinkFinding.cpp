#include "ScimLinkFinding.h"

QString ScimLinkFinding::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::OrphanRecord:
        return QStringLiteral("orphan_record");
    case Kind::UnlinkedRecord:
        return QStringLiteral("unlinked_record");
    case Kind::DuplicateRecords:
        return QStringLiteral("duplicate_records");
    case Kind::EmailDiffers:
        return QStringLiteral("email_differs");
    case Kind::ActiveButAccountInactive:
        return QStringLiteral("active_but_account_inactive");
    case Kind::InactiveButAccountActive:
        return QStringLiteral("inactive_but_account_active");
    case Kind::AccountWithoutRecord:
        return QStringLiteral("account_without_record");
    }
    return QString();
}

QString ScimLinkFinding::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::OrphanRecord:
        return tr("Orphaned record");
    case Kind::UnlinkedRecord:
        return tr("Unlinked record");
    case Kind::DuplicateRecords:
        return tr("More than one record");
    case Kind::EmailDiffers:
        return tr("E-mail differs");
    case Kind::ActiveButAccountInactive:
        return tr("Record active, account inactive");
    case Kind::InactiveButAccountActive:
        return tr("Record inactive, account active");
    case Kind::AccountWithoutRecord:
        return tr("Account without a record");
    }
    return QString();
}

QString ScimLinkFinding::repairKey(Repair repair)
{
    switch (repair) {
    case Repair::Unlink:
        return QStringLiteral("unlink");
    case Repair::DeleteAccountRecords:
        return QStringLiteral("delete_account_records");
    case Repair::ChangeAccountEmail:
        return QStringLiteral("change_account_email");
    case Repair::DeleteRecord:
        return QStringLiteral("delete_record");
    case Repair::SetRecordActive:
        return QStringLiteral("set_record_active");
    case Repair::PushFromIdentityProvider:
        return QStringLiteral("push_from_identity_provider");
    }
    return QString();
}

QString ScimLinkFinding::repairText(Repair repair)
{
    switch (repair) {
    case Repair::Unlink:
        return tr("Unlink the record from the account (both stay; the account is no longer "
                  "managed through this record), then delete the record in the identity "
                  "provider or here.");
    case Repair::DeleteAccountRecords:
        return tr("Delete only the SCIM records of the account, in every directory (the "
                  "account stays); then push the person and their groups again from the right "
                  "identity provider.");
    case Repair::ChangeAccountEmail:
        return tr("Unlink the record, then change the account's e-mail address (User "
                  "management): to the address the identity provider pushes, or, when a push "
                  "is refused with 409, to a free address so that the push can go through; "
                  "then push again from the identity provider.");
    case Repair::DeleteRecord:
        return tr("Delete the record (its account, if any, is deactivated; only a new push "
                  "brings it back), or push it again from the identity provider to link it.");
    case Repair::SetRecordActive:
        return tr("Set the record's active state to match what the account should be "
                  "(deactivating the record deactivates the account; activating it activates "
                  "the account).");
    case Repair::PushFromIdentityProvider:
        return tr("Assign the person to the Atlassian app in the identity provider so that it "
                  "pushes a record, or create the record here.");
    }
    return QString();
}
