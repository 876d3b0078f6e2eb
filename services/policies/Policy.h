#pragma once

#include <QDateTime>
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
    enum class Application { Applying, Removing, Applied, Failed, Scheduled, Other };

    QString id;
    QString applicationStatus; // the server's word; application() reads it
    // meta: when a data-residency move is planned.
    QString scheduledDate;          // YYYY-MM-DD
    QString migrationStartDateTime; // ISO 8601, as served
    QString migrationEndDateTime;   // (its key is spelled "migrationEndDataTime")
    QString atlassianAccountId;
    // links
    QString ticket; // a support ticket's address

    Application application() const { return applicationFromKey(applicationStatus); }
    // Still moving: the server has not finished applying or removing the policy here.
    bool isSettling() const;
    bool hasFailed() const { return application() == Application::Failed; }

    static Application applicationFromKey(const QString &key);
    static QString applicationKey(Application application); // Other: empty

    static PolicyResource fromJson(const QJsonObject &object);
    QJsonObject toJson(bool withId) const; // the write body: {id?, meta?, links?}
};

// An organization policy: IP allowlist, data residency, or (v2, read-only here) data security.
struct Policy
{
    enum class Type { IpAllowlist, DataResidency, DataSecurity, Other };

    // The statuses the server writes (data-security policies have more: draft, ...).
    static constexpr const char *Enabled = "enabled";
    static constexpr const char *Disabled = "disabled";
    static constexpr const char *Draft = "draft";

    QString id;
    Type type = Type::Other;
    QString name;
    QString status;   // the server's word: enabled, disabled (data security: draft, ...)
    QStringList rule; // rule.in: CIDR ranges or realms
    QList<PolicyResource> resources;
    // Data security only (read-only here).
    QString exportEffect;  // rule.export.effect: "block"
    QString coverageLevel; // metadata.policyCoverageLevel: CLASSIFICATION, CONTAINER, ...
    QString description;   // metadata.description
    QDateTime updatedAt;

    bool isEnabled() const { return status == QLatin1String(Enabled); }
    bool isDraft() const { return status == QLatin1String(Draft); }
    void setEnabled(bool enabled) { status = QLatin1String(enabled ? Enabled : Disabled); }
    bool isSettling() const; // some resource is applying or removing
    // The resource with that id; an empty one (no id) when the policy has none.
    PolicyResource resource(const QString &resourceId) const;

    // "ip-allowlist", "data-residency", "data-security"; Other: empty.
    static QString typeKey(Type type);
    static Type typeFromKey(const QString &key);

    static std::optional<Policy> fromJson(const QJsonObject &object);
    static QList<Policy> listFromJson(const QJsonArray &array);
    // POST/PUT body: {data: {type: "policy", [id], attributes: {type, name, status, rule}}}.
    // Resources travel by the resource routes, not in this body.
    QJsonObject toWriteBody() const;
};
