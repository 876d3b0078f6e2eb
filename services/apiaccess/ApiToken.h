#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A managed account's API token. The org-wide list (CATALOG §6, GET .../api-tokens) names the
// owner and a status; User management's per-account list (§2) has neither, so a token read
// from there carries the owner it was asked for and an empty status.
struct ApiToken
{
    struct Owner
    {
        QString accountId;
        QString orgId;
        QString name;
        QString email;
    };

    QString id;
    QString label;
    QString status; // ALLOWED, EXPIRED... (open set); empty when not known
    QDateTime createdAt;
    QDateTime expiresAt;    // invalid: no expiry known
    QDateTime lastActiveAt; // invalid: never used
    Owner owner;

    // {id, label, status, createdAt, expiresAt, lastActiveAt, user{id, orgId, name, email}}
    static std::optional<ApiToken> fromJson(const QJsonObject &object);
    static QList<ApiToken> listFromJson(const QJsonArray &array);
    // {id, label, createdAt, lastAccess, expiry}
    static std::optional<ApiToken> fromManageJson(const QJsonObject &object,
                                                  const QString &accountId);
};
