#include "UserColumns.h"

#include "DirectoryUser.h"

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

} // namespace

QStringList userColumns()
{
    return {QStringLiteral("account_id"),
            QStringLiteral("name"),
            QStringLiteral("email"),
            QStringLiteral("status"),
            QStringLiteral("account_status"),
            QStringLiteral("last_active"),
            QStringLiteral("mfa_enabled"),
            QStringLiteral("claim_status"),
            QStringLiteral("management_source"),
            QStringLiteral("added_to_org")};
}

Row userRow(const DirectoryUser &user)
{
    return {text(user.accountId),
            text(user.name),
            text(user.email),
            text(user.status),
            text(user.accountStatus),
            date(user.lastActive()),
            user.mfaEnabled ? QJsonValue(*user.mfaEnabled) : QJsonValue(QJsonValue::Null),
            text(user.claimStatus),
            text(user.managementSource),
            date(user.addedToOrg)};
}
