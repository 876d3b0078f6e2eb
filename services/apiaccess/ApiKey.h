#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Who made or revoked a key, as the API access list names them.
struct ApiPrincipal
{
    QString id; // account id
    QString name;
    QString email;
    QString appType;
    QString orgId;
    QString userStatus; // active, suspended, deactivated... (open set)

    bool isEmpty() const { return id.isEmpty() && name.isEmpty() && email.isEmpty(); }
    static ApiPrincipal fromJson(const QJsonValue &value);
};

// An admin API key of the organization (CATALOG §6, GET .../api-keys). The secret itself is never
// listed (`token` is always null).
struct ApiKey
{
    enum class Status { Active, Expired, Revoked };

    QString id;
    QString label;
    QDateTime createdAt;
    QDateTime lastActiveAt; // invalid: never used
    QDateTime expiresAt;
    QString resource; // ARI
    QString orgId;
    QStringList scopes; // empty: a key without scopes, which reaches everything
    ApiPrincipal createdBy;
    ApiPrincipal revokedBy;
    QDateTime revocationDate;

    bool isRevoked() const { return revocationDate.isValid() || !revokedBy.isEmpty(); }
    bool hasScopes() const { return !scopes.isEmpty(); }
    Status status(const QDateTime &now) const;

    static std::optional<ApiKey> fromJson(const QJsonObject &object);
    static QList<ApiKey> listFromJson(const QJsonArray &array);
};

// Timestamps of the API access and User management families: ISO 8601, with or without
// milliseconds; invalid for null or anything else.
QDateTime apiTimestamp(const QJsonValue &value);
