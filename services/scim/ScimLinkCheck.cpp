#include "ScimLinkCheck.h"

#include <QHash>
#include <QSet>

namespace {

struct RecordAt
{
    const ScimCheckDirectory *directory;
    const ScimUser *record;
};

ScimLinkFinding findingFor(ScimLinkFinding::Kind kind, ScimLinkFinding::Repair repair,
                           const RecordAt &at, const ScimCheckAccount *account)
{
    ScimLinkFinding finding;
    finding.kind = kind;
    finding.repair = repair;
    finding.directoryId = at.directory->directoryId;
    finding.directoryName = at.directory->name;
    finding.scimUserId = at.record->id;
    finding.userName = at.record->userName;
    finding.externalId = at.record->externalId;
    finding.accountId = at.record->atlassianAccountId;
    if (account)
        finding.accountEmail = account->email;
    return finding;
}

bool sameAddress(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString directoryLabel(const ScimCheckDirectory &directory)
{
    return directory.name.isEmpty() ? directory.directoryId : directory.name;
}

} // namespace

bool ScimLinkCheck::isAccountInactive(const ScimCheckAccount &account)
{
    static const QSet<QString> inactive{QStringLiteral("suspended"), QStringLiteral("deactivated"),
                                        QStringLiteral("for_deletion")};
    return inactive.contains(account.status) ||
           account.accountStatus == QLatin1String("inactive") ||
           account.accountStatus == QLatin1String("closed");
}

QString ScimLinkCheck::inferOrgDirectory(const ScimCheckDirectory &directory,
                                         const QList<ScimCheckAccount> &accounts)
{
    QHash<QString, const ScimCheckAccount *> byId;
    QHash<QString, int> sizeOf; // org directory -> its accounts
    for (const ScimCheckAccount &account : accounts) {
        byId.insert(account.accountId, &account);
        for (const QString &orgDirectory : account.orgDirectoryIds)
            ++sizeOf[orgDirectory];
    }
    QHash<QString, int> linked;
    for (const ScimUser &record : directory.records) {
        if (const ScimCheckAccount *account = byId.value(record.atlassianAccountId)) {
            for (const QString &orgDirectory : account->orgDirectoryIds)
                ++linked[orgDirectory];
        }
    }
    QString best;
    for (auto it = linked.constBegin(); it != linked.constEnd(); ++it) {
        if (best.isEmpty() || it.value() > linked.value(best))
            best = it.key();
    }
    // A provider that pushes only a few people into a large directory does not fill it.
    if (best.isEmpty() || linked.value(best) * 2 < sizeOf.value(best))
        return QString();
    return best;
}

ScimLinkReport ScimLinkCheck::run(const QList<ScimCheckDirectory> &directories,
                                  const QList<ScimCheckAccount> &accounts)
{
    using Kind = ScimLinkFinding::Kind;
    using Repair = ScimLinkFinding::Repair;
    ScimLinkReport report;
    report.accountsChecked = int(accounts.size());

    QHash<QString, const ScimCheckAccount *> accountById;
    accountById.reserve(accounts.size());
    for (const ScimCheckAccount &account : accounts)
        accountById.insert(account.accountId, &account);

    QHash<QString, QList<RecordAt>> recordsOfAccount;
    for (const ScimCheckDirectory &directory : directories) {
        report.recordsChecked += int(directory.records.size());
        for (const ScimUser &record : directory.records) {
            const RecordAt at{&directory, &record};
            const QString &accountId = record.atlassianAccountId;
            if (accountId.isEmpty()) {
                ScimLinkFinding finding =
                    findingFor(Kind::UnlinkedRecord, Repair::DeleteRecord, at, nullptr);
                finding.reason = tr("The record %1 is linked to no Atlassian account: nobody "
                                    "gets access through it, and the identity provider still "
                                    "counts it as provisioned.")
                                     .arg(record.userName);
                report.findings.append(finding);
                continue;
            }
            recordsOfAccount[accountId].append(at);
            const ScimCheckAccount *account = accountById.value(accountId);
            if (!account) {
                ScimLinkFinding finding =
                    findingFor(Kind::OrphanRecord, Repair::Unlink, at, nullptr);
                finding.reason = tr("The record %1 is linked to account %2, which the "
                                    "organization no longer has (deleted, or removed in the "
                                    "identity provider without the record).")
                                     .arg(record.userName, accountId);
                report.findings.append(finding);
                continue;
            }
            const QString recordEmail =
                record.primaryEmail().isEmpty() ? record.userName : record.primaryEmail();
            if (!recordEmail.isEmpty() && !sameAddress(recordEmail, account->email)) {
                ScimLinkFinding finding =
                    findingFor(Kind::EmailDiffers, Repair::ChangeAccountEmail, at, account);
                finding.reason = tr("The record says %1, its account says %2: the identity "
                                    "provider and Atlassian disagree about this person's "
                                    "address.")
                                     .arg(recordEmail, account->email);
                report.findings.append(finding);
            } else if (record.userName.contains(u'@') &&
                       !sameAddress(record.userName, account->email)) {
                ScimLinkFinding finding =
                    findingFor(Kind::EmailDiffers, Repair::ChangeAccountEmail, at, account);
                finding.reason =
                    tr("The record's userName %1 is not its account's address %2: a push of "
                       "%2 as a new record is refused with 409, because this account already "
                       "holds the address through the old record.")
                        .arg(record.userName, account->email);
                report.findings.append(finding);
            }
            if (record.active.has_value()) {
                const bool inactive = isAccountInactive(*account);
                if (*record.active && inactive) {
                    ScimLinkFinding finding = findingFor(Kind::ActiveButAccountInactive,
                                                         Repair::SetRecordActive, at, account);
                    finding.reason =
                        account->status == QLatin1String("suspended")
                            ? tr("The record is active but the account's access is suspended in "
                                 "the organization: the identity provider thinks the person "
                                 "can work. Restore the access, or deactivate the record if "
                                 "they should not.")
                            : tr("The record is active but its account is %1: the identity "
                                 "provider thinks the person can work.")
                                  .arg(account->status.isEmpty() ? account->accountStatus
                                                                 : account->status);
                    report.findings.append(finding);
                } else if (!*record.active && !inactive) {
                    ScimLinkFinding finding = findingFor(Kind::InactiveButAccountActive,
                                                         Repair::SetRecordActive, at, account);
                    finding.reason = tr("The record is inactive but its account is active: "
                                        "someone the identity provider turned off can still "
                                        "sign in.");
                    report.findings.append(finding);
                }
            }
        }
    }

    for (auto it = recordsOfAccount.constBegin(); it != recordsOfAccount.constEnd(); ++it) {
        const QList<RecordAt> &records = it.value();
        if (records.size() < 2)
            continue;
        const ScimCheckAccount *account = accountById.value(it.key());
        QStringList where;
        for (const RecordAt &at : records)
            where.append(
                QStringLiteral("%1 (%2)").arg(at.record->userName, directoryLabel(*at.directory)));
        for (const RecordAt &at : records) {
            ScimLinkFinding finding =
                findingFor(Kind::DuplicateRecords,
                           account ? Repair::Unlink : Repair::DeleteAccountRecords, at, account);
            finding.reason = tr("Account %1 has %2 SCIM records: %3. Each provider that "
                                "pushes it overwrites the others.")
                                 .arg(account ? account->email : it.key())
                                 .arg(records.size())
                                 .arg(where.join(QStringLiteral(", ")));
            report.findings.append(finding);
        }
    }

    if (directories.size() == 1)
        report.notes.append(tr("Only %1 was checked: an account that also has records in "
                               "other directories shows when those are checked with it.")
                                .arg(directoryLabel(directories.first())));

    // Accounts in an org directory a provider fills, with no record in any directory checked.
    QHash<QString, QStringList> fillers; // org directory -> the SCIM directories filling it
    for (const ScimCheckDirectory &directory : directories) {
        const QString orgDirectory = directory.orgDirectoryId.isEmpty()
                                         ? inferOrgDirectory(directory, accounts)
                                         : directory.orgDirectoryId;
        if (orgDirectory.isEmpty())
            report.notes.append(tr("Could not tell which of the organization's directories %1 "
                                   "fills, so its accounts without a record were not looked "
                                   "for.")
                                    .arg(directoryLabel(directory)));
        else
            fillers[orgDirectory].append(directoryLabel(directory));
    }
    for (const ScimCheckAccount &account : accounts) {
        if (recordsOfAccount.contains(account.accountId) ||
            account.status == QLatin1String("not_invited") ||
            account.accountStatus == QLatin1String("closed"))
            continue;
        for (const QString &orgDirectory : account.orgDirectoryIds) {
            if (!fillers.contains(orgDirectory))
                continue;
            ScimLinkFinding finding;
            finding.kind = Kind::AccountWithoutRecord;
            finding.repair = Repair::PushFromIdentityProvider;
            finding.accountId = account.accountId;
            finding.accountEmail = account.email;
            finding.reason =
                tr("%1 is in the directory that %2 fills, but no SCIM record "
                   "links to the account: the identity provider does not manage "
                   "it.")
                    .arg(account.email, fillers.value(orgDirectory).join(QStringLiteral(", ")));
            report.findings.append(finding);
            break;
        }
    }
    return report;
}
