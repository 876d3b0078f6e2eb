#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A resource (site or workspace ARI) a policy applies to, with how far the policy has got there
// (CATALOG §1.7: applying, removing, applied, failed, scheduled; an open set).
struct PolicyResource
{
    QString id;
    QString applicationStatus;
    QJsonObject meta;  // scheduledDate, migrationStartDateTime, migrationEndDataTime, ...
    QJsonObject links; // ticket

    // Still moving: the server has not finished applying or removing the policy here.
    bool isSettling() const;
    bool hasFailed() const { return applicationStatus == QLatin1String("failed"); }

    static PolicyResource fromJson(const QJsonObject &object);
    QJsonObject toJson(bool withId) const; // the write body: {id?, meta?, links?}
};

// An organization policy: IP allowlist, data residency, or (v2, read-only here) data security.
struct Policy
{
    static constexpr const char *IpAllowlist = "ip-allowlist";
    static constexpr const char *DataResidency = "data-residency";
    static constexpr const char *DataSecurity = "data-security";

    QString id;
    QString type;
    QString name;
    QString status;   // enabled, disabled (data security: draft, ...)
    QStringList rule; // rule.in: CIDR ranges or realms
    QList<PolicyResource> resources;
    QJsonObject attributes; // every attribute as served (data security's rule, metadata, ...)

    bool isEnabled() const { return status == QLatin1String("enabled"); }
    bool isSettling() const; // some resource is applying or removing
    bool isType(const char *t) const { return type == QLatin1String(t); }
    // The resource with that id; an empty one (no id) when the policy has none.
    PolicyResource resource(const QString &resourceId) const;

    static std::optional<Policy> fromJson(const QJsonObject &object);
    static QList<Policy> listFromJson(const QJsonArray &array);
    // POST/PUT body: {data: {type: "policy", [id], attributes: {type, name, status, rule}}}.
    // Resources travel by the resource routes, not in this body.
    QJsonObject toWriteBody() const;
};
