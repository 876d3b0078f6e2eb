#include "AccessColumns.h"

#include "AccessRisk.h"
#include "ApiKey.h"
#include "ApiToken.h"

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue date(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue daysLeft(const QDateTime &expiresAt, const QDateTime &now)
{
    return expiresAt.isValid() ? QJsonValue(qint64(AccessRisk::daysUntil(expiresAt, now)))
                               : QJsonValue(QJsonValue::Null);
}

QString riskWords(AccessRisk::Flags flags)
{
    static const QList<QPair<AccessRisk::Flag, const char *>> words = {
        {AccessRisk::Revoked, "revoked"},
        {AccessRisk::Expired, "expired"},
        {AccessRisk::ExpiresVerySoon, "expires_within_7_days"},
        {AccessRisk::ExpiresSoon, "expires_within_30_days"},
        {AccessRisk::NeverUsed, "never_used"},
        {AccessRisk::Stale, "unused_90_days"},
        {AccessRisk::FullAccess, "full_access"},
        {AccessRisk::OwnerInactive, "creator_inactive"},
    };
    QStringList present;
    for (const auto &[flag, word] : words) {
        if (flags.testFlag(flag))
            present.append(QLatin1String(word));
    }
    return present.join(u';');
}

QString keyStatus(ApiKey::Status status)
{
    switch (status) {
    case ApiKey::Status::Active:
        return QStringLiteral("active");
    case ApiKey::Status::Expired:
        return QStringLiteral("expired");
    case ApiKey::Status::Revoked:
        return QStringLiteral("revoked");
    }
    return QString();
}

} // namespace

QStringList keyColumns()
{
    return {QStringLiteral("id"),          QStringLiteral("label"),
            QStringLiteral("status"),      QStringLiteral("created_at"),
            QStringLiteral("created_by"),  QStringLiteral("created_by_email"),
            QStringLiteral("expires_at"),  QStringLiteral("days_left"),
            QStringLiteral("last_active"), QStringLiteral("scopes"),
            QStringLiteral("revoked_at"),  QStringLiteral("revoked_by"),
            QStringLiteral("risk")};
}

Row keyRow(const ApiKey &key, const QDateTime &now)
{
    return {text(key.id),
            text(key.label),
            keyStatus(key.status(now)),
            date(key.createdAt),
            text(key.createdBy.name),
            text(key.createdBy.email),
            date(key.expiresAt),
            daysLeft(key.expiresAt, now),
            date(key.lastActiveAt),
            key.hasScopes() ? QJsonValue(key.scopes.join(u' '))
                            : QJsonValue(QStringLiteral("none")),
            date(key.revocationDate),
            text(key.revokedBy.name),
            riskWords(AccessRisk::forKey(key, now))};
}

QStringList tokenColumns()
{
    return {
        QStringLiteral("id"),          QStringLiteral("label"),      QStringLiteral("status"),
        QStringLiteral("account_id"),  QStringLiteral("name"),       QStringLiteral("email"),
        QStringLiteral("created_at"),  QStringLiteral("expires_at"), QStringLiteral("days_left"),
        QStringLiteral("last_active"), QStringLiteral("risk")};
}

Row tokenRow(const ApiToken &token, const QDateTime &now)
{
    // The owner's directory status is not looked up here: the risk leaves creator_inactive out.
    return {text(token.id),
            text(token.label),
            text(token.status),
            text(token.owner.accountId),
            text(token.owner.name),
            text(token.owner.email),
            date(token.createdAt),
            date(token.expiresAt),
            daysLeft(token.expiresAt, now),
            date(token.lastActiveAt),
            riskWords(AccessRisk::forToken(token, QString(), now))};
}
