#include "AccessText.h"

#include "StatusColors.h"
#include "UserText.h"

#include <QLocale>

QString AccessText::expiry(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return QString();
    const qint64 days = AccessRisk::daysUntil(expiresAt, now);
    if (AccessRisk::isExpired(expiresAt, now)) {
        if (days > -31)
            return tr("Expired %1").arg(UserText::ago(expiresAt, now, UserText::Placement::InText));
        return tr("Expired %1").arg(UserText::date(expiresAt));
    }
    if (days == 0)
        return tr("Today");
    if (days == 1)
        return tr("Tomorrow");
    if (days <= 60)
        return tr("In %n days", nullptr, int(days));
    return UserText::date(expiresAt);
}

QString AccessText::expiryInFull(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return tr("No expiry date");
    const qint64 days = AccessRisk::daysUntil(expiresAt, now);
    if (AccessRisk::isExpired(expiresAt, now))
        return tr("%1 (expired %2)")
            .arg(UserText::date(expiresAt),
                 UserText::ago(expiresAt, now, UserText::Placement::InText));
    return tr("%1 (%n days left)", nullptr, int(days)).arg(UserText::date(expiresAt));
}

QString AccessText::keyStatus(ApiKey::Status status)
{
    switch (status) {
    case ApiKey::Status::Active:
        return tr("Active");
    case ApiKey::Status::Expired:
        return tr("Expired");
    case ApiKey::Status::Revoked:
        return tr("Revoked");
    }
    return QString();
}

QString AccessText::tokenStatus(const QString &status)
{
    if (status.compare(QLatin1String("ALLOWED"), Qt::CaseInsensitive) == 0)
        return tr("Allowed");
    if (status.compare(QLatin1String("EXPIRED"), Qt::CaseInsensitive) == 0)
        return tr("Expired");
    if (status.compare(QLatin1String("BLOCKED"), Qt::CaseInsensitive) == 0)
        return tr("Blocked");
    return status;
}

QString AccessText::scopes(const QStringList &scopes)
{
    if (scopes.isEmpty())
        return tr("None (full access)");
    return scopes.join(QStringLiteral(", "));
}

QStringList AccessText::riskWords(AccessRisk::Flags flags, const QDateTime &lastActive,
                                  const QDateTime &expiresAt, const QDateTime &now, Subject subject)
{
    QStringList words;
    if (flags.testFlag(AccessRisk::Revoked))
        return {tr("Revoked")};
    if (flags.testFlag(AccessRisk::Expired))
        words.append(tr("Expired"));
    if (flags.testFlag(AccessRisk::ExpiresVerySoon) || flags.testFlag(AccessRisk::ExpiresSoon)) {
        const qint64 days = AccessRisk::daysUntil(expiresAt, now);
        words.append(days <= 0   ? tr("Expires today")
                     : days == 1 ? tr("Expires tomorrow")
                                 : tr("Expires in %n days", nullptr, int(days)));
    }
    if (flags.testFlag(AccessRisk::FullAccess))
        words.append(tr("Full access"));
    if (flags.testFlag(AccessRisk::OwnerInactive))
        words.append(subject == Subject::Key ? tr("Creator suspended or deactivated")
                                             : tr("Owner suspended or deactivated"));
    if (flags.testFlag(AccessRisk::NeverUsed))
        words.append(tr("Never used"));
    if (flags.testFlag(AccessRisk::Stale))
        words.append(
            tr("Unused for %n days", nullptr, int(-AccessRisk::daysUntil(lastActive, now))));
    return words;
}

int AccessText::riskScore(AccessRisk::Flags flags)
{
    int score = 0;
    score += flags.testFlag(AccessRisk::OwnerInactive) ? 40 : 0;
    score += flags.testFlag(AccessRisk::ExpiresVerySoon) ? 20 : 0;
    score += flags.testFlag(AccessRisk::FullAccess) ? 16 : 0;
    score += flags.testFlag(AccessRisk::NeverUsed) ? 12 : 0;
    score += flags.testFlag(AccessRisk::Stale) ? 10 : 0;
    score += flags.testFlag(AccessRisk::ExpiresSoon) ? 6 : 0;
    score += flags.testFlag(AccessRisk::Expired) ? 2 : 0;
    return score;
}

QColor AccessText::riskColor(AccessRisk::Flags flags)
{
    if (flags.testFlag(AccessRisk::Revoked) || !flags)
        return QColor();
    if (flags.testFlag(AccessRisk::Expired))
        return StatusColors::muted();
    if (flags.testFlag(AccessRisk::ExpiresVerySoon) || flags.testFlag(AccessRisk::OwnerInactive) ||
        flags.testFlag(AccessRisk::FullAccess))
        return StatusColors::danger();
    return StatusColors::warning();
}
