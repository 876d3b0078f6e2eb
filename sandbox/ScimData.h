#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sandbox {

// The SCIM side of the org (CATALOG §3): the identity-provider directories that push people
// and groups, and the records they pushed. A record links to an account of OrgData; a SCIM
// group is a synced group of OrgData::groups with the same id. Plain data, seeded by ScimSeed.

struct ScimDirectory
{
    QString id;       // the {directoryId} of /scim/directory/...: not the org directory's id
    QString name;     // "Acme Labs (Okta)"
    QString key;      // the directory's own SCIM API key
    int orgDirectory; // index into OrgData::directories: where its people and groups belong
};

struct ScimUserRecord
{
    QString id;        // Atlassian's SCIM id
    int directory = 0; // index into ScimData::directories
    QString accountId; // the linked account; empty = unlinked
    QString userName;
    QString externalId;
    bool active = true;
    // The provider's other attributes as it sent them: name, displayName, emails, title,
    // phoneNumbers, the enterprise extension...
    QJsonObject attributes;
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;

    // The value of the primary e-mail (else the first); empty when there is none.
    QString primaryEmail() const;
};

struct ScimGroupRecord
{
    QString id;        // the group's id in Groups (OrgData::groups)
    int directory = 0; // index into ScimData::directories
    QString externalId;
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;
};

struct ScimData
{
    QList<ScimDirectory> directories;
    QList<ScimUserRecord> users;
    QList<ScimGroupRecord> groups;
};

namespace scim {
inline const QString kUserSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
inline const QString kGroupSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
inline const QString kEnterpriseSchema =
    QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
inline const QString kAtlassianSchema =
    QStringLiteral("urn:scim:schemas:extension:atlassian-external:1.0");
inline const QString kListSchema =
    QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
inline const QString kPatchSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
inline const QString kErrorSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");
} // namespace scim

} // namespace sandbox
