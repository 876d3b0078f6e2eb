#include "ScimLinkReportCsv.h"

#include "CsvRecord.h"

namespace ScimLinkReportCsv {

QStringList columns()
{
    return {QStringLiteral("kind"),        QStringLiteral("directory_id"),
            QStringLiteral("directory"),   QStringLiteral("scim_user_id"),
            QStringLiteral("user_name"),   QStringLiteral("external_id"),
            QStringLiteral("account_id"),  QStringLiteral("account_email"),
            QStringLiteral("reason"),      QStringLiteral("repair"),
            QStringLiteral("repair_steps")};
}

QStringList fields(const ScimLinkFinding &finding)
{
    return {ScimLinkFinding::kindKey(finding.kind),
            finding.directoryId,
            finding.directoryName,
            finding.scimUserId,
            finding.userName,
            finding.externalId,
            finding.accountId,
            finding.accountEmail,
            finding.reason,
            ScimLinkFinding::repairKey(finding.repair),
            ScimLinkFinding::repairText(finding.repair)};
}

QByteArray toCsv(const QList<ScimLinkFinding> &findings)
{
    QByteArray out = CsvRecord::record(columns());
    for (const ScimLinkFinding &finding : findings)
        out += CsvRecord::record(fields(finding));
    return out;
}

} // namespace ScimLinkReportCsv
