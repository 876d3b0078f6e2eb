#pragma once

#include "ScimUser.h"

// A group as an identity provider pushed it (CATALOG §3): in Groups it is a synced group with the
// same id.
struct ScimGroup
{
    QString id;
    QString displayName;
    QString externalId;
    QList<ScimRef> members; // value: the member's SCIM user id
    QDateTime lastModified;
    QJsonObject raw;

    static std::optional<ScimGroup> fromJson(const QJsonObject &object);
    static QList<ScimGroup> listFromJson(const QJsonArray &array);
};
