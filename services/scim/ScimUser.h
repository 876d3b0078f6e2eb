#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct ScimEmail
{
    QString value;
    QString type;
    bool primary = false;
};

// A group a record belongs to, or a member of a group: the other side's SCIM id and its name.
struct ScimRef
{
    QString value;
    QString display;
};

// A user record as an identity provider pushed it to a SCIM directory (CATALOG §3). Read
// defensively: a field of the wrong type is left empty, never trusted; the raw JSON is kept whole
// for a detail view.
struct ScimUser
{
    QString id; // Atlassian's SCIM id
    QString userName;
    QString externalId;
    QString displayName;
    std::optional<bool> active; // unset when the record does not say (or the field was excluded)
    QList<ScimEmail> emails;
    QList<ScimRef> groups;
    QDateTime lastModified;     // invalid when absent or unreadable
    QString atlassianAccountId; // the linked account; empty when unlinked
    QJsonObject raw;

    // The primary e-mail's value, else the first one's; empty when there is none.
    QString primaryEmail() const;

    // std::nullopt when the object has no id (not a record).
    static std::optional<ScimUser> fromJson(const QJsonObject &object);
    static QList<ScimUser> listFromJson(const QJsonArray &array);
};

namespace ScimSchema {
inline const QString user = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
inline const QString group = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
inline const QString patchOp = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
inline const QString atlassianExternal =
    QStringLiteral("urn:scim:schemas:extension:atlassian-external:1.0");
} // namespace ScimSchema

// Small readers shared by the SCIM value types.
namespace ScimJson {
QString string(const QJsonObject &object, QLatin1String key);
std::optional<bool> boolean(const QJsonValue &value); // true/false, or "true"/"false"
QDateTime lastModified(const QJsonObject &object);    // meta.lastModified
QList<ScimRef> refs(const QJsonValue &value);
} // namespace ScimJson
