// What the SCIM server says about itself (RFC 7643 §5-7, CATALOG §3): its schemas, resource
// types and the features it supports: PATCH and eq filters, no bulk, sort or ETags.
#include "Router.h"
#include "ScimData.h"
#include "ScimErrors.h"
#include "ScimJson.h"
#include "ScimRoutes.h"
#include "ScimStore.h"

#include <QJsonArray>

namespace sandbox {
namespace {

QJsonObject attribute(const char *name, const char *type, bool multiValued = false,
                      bool required = false, const char *mutability = "readWrite",
                      const QJsonArray &subAttributes = {})
{
    QJsonObject json{{QStringLiteral("name"), QLatin1String(name)},
                     {QStringLiteral("type"), QLatin1String(type)},
                     {QStringLiteral("multiValued"), multiValued},
                     {QStringLiteral("required"), required},
                     {QStringLiteral("caseExact"), false},
                     {QStringLiteral("mutability"), QLatin1String(mutability)},
                     {QStringLiteral("returned"), QStringLiteral("default")},
                     {QStringLiteral("uniqueness"), qstrcmp(name, "userName") == 0
                                                        ? QStringLiteral("server")
                                                        : QStringLiteral("none")}};
    if (!subAttributes.isEmpty())
        json.insert(QStringLiteral("subAttributes"), subAttributes);
    return json;
}

QJsonArray typedValue()
{
    return {attribute("value", "string"), attribute("type", "string"),
            attribute("primary", "boolean")};
}

QJsonArray reference()
{
    return {attribute("value", "string", false, false, "immutable"),
            attribute("display", "string", false, false, "readOnly"),
            attribute("type", "string", false, false, "readOnly"),
            attribute("$ref", "reference", false, false, "readOnly")};
}

QJsonObject schema(const QString &id, const char *name, const QJsonArray &attributes,
                   const QString &base)
{
    return {{QStringLiteral("schemas"),
             QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Schema")}},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("description"),
             QStringLiteral("%1 of the Atlassian SCIM service").arg(QLatin1String(name))},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Schema")},
                         {QStringLiteral("location"), base + QStringLiteral("/Schemas/") + id}}}};
}

QList<QJsonObject> schemas(const QString &base)
{
    const QJsonArray user{
        attribute("userName", "string", false, true),
        attribute("name", "complex", false, false, "readWrite",
                  {attribute("formatted", "string"), attribute("familyName", "string"),
                   attribute("givenName", "string"), attribute("middleName", "string"),
                   attribute("honorificPrefix", "string"), attribute("honorificSuffix", "string")}),
        attribute("displayName", "string"),
        attribute("nickName", "string"),
        attribute("title", "string"),
        attribute("preferredLanguage", "string"),
        attribute("department", "string"),
        attribute("organization", "string"),
        attribute("timezone", "string"),
        attribute("active", "boolean"),
        attribute("emails", "complex", true, true, "readWrite", typedValue()),
        attribute("phoneNumbers", "complex", true, false, "readWrite", typedValue()),
        attribute("groups", "complex", true, false, "readOnly", reference()),
    };
    const QJsonArray group{attribute("displayName", "string", false, true),
                           attribute("members", "complex", true, false, "readWrite", reference())};
    const QJsonArray enterprise{attribute("organization", "string"),
                                attribute("department", "string")};
    return {schema(scim::kUserSchema, "User", user, base),
            schema(scim::kGroupSchema, "Group", group, base),
            schema(scim::kEnterpriseSchema, "EnterpriseUser", enterprise, base)};
}

QJsonObject resourceType(const char *name, const QString &schemaId, const QString &base)
{
    QJsonObject json{
        {QStringLiteral("schemas"),
         QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ResourceType")}},
        {QStringLiteral("id"), QLatin1String(name)},
        {QStringLiteral("name"), QLatin1String(name)},
        {QStringLiteral("endpoint"), QStringLiteral("/%1s").arg(QLatin1String(name))},
        {QStringLiteral("schema"), schemaId},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("ResourceType")},
                     {QStringLiteral("location"),
                      base + QStringLiteral("/ResourceTypes/") + QLatin1String(name)}}}};
    if (schemaId == scim::kUserSchema)
        json.insert(QStringLiteral("schemaExtensions"),
                    QJsonArray{QJsonObject{{QStringLiteral("schema"), scim::kEnterpriseSchema},
                                           {QStringLiteral("required"), false}}});
    return json;
}

QJsonObject serviceProviderConfig(const QString &base)
{
    auto supported = [](bool yes) { return QJsonObject{{QStringLiteral("supported"), yes}}; };
    return {
        {QStringLiteral("schemas"),
         QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")}},
        {QStringLiteral("documentationUri"),
         QStringLiteral("https://developer.atlassian.com/cloud/admin/user-provisioning/rest/")},
        {QStringLiteral("patch"), supported(true)},
        {QStringLiteral("bulk"), QJsonObject{{QStringLiteral("supported"), false},
                                             {QStringLiteral("maxOperations"), 0},
                                             {QStringLiteral("maxPayloadSize"), 0}}},
        {QStringLiteral("filter"),
         QJsonObject{{QStringLiteral("supported"), true}, {QStringLiteral("maxResults"), 100}}},
        {QStringLiteral("changePassword"), supported(false)},
        {QStringLiteral("sort"), supported(false)},
        {QStringLiteral("etag"), supported(false)},
        {QStringLiteral("authenticationSchemes"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"), QStringLiteral("oauthbearertoken")},
                         {QStringLiteral("name"), QStringLiteral("OAuth Bearer Token")},
                         {QStringLiteral("description"),
                          QStringLiteral("The directory's SCIM API key, sent as a bearer token.")},
                         {QStringLiteral("primary"), true}}}},
        {QStringLiteral("meta"),
         QJsonObject{
             {QStringLiteral("resourceType"), QStringLiteral("ServiceProviderConfig")},
             {QStringLiteral("location"), base + QStringLiteral("/ServiceProviderConfig")}}}};
}

QString baseOf(const ScimStore &scim, const ApiRequest &request)
{
    return request.origin + scimroutes::kPrefix +
           scim.directory(scim.directoryIndex(request.param(0))).id;
}

ApiResponse wholeList(const QList<QJsonObject> &items)
{
    return scimjson::list(items, int(items.size()), {1, int(items.size())});
}

} // namespace

void addScimMetaRoutes(Router &router, ScimStore &scim)
{
    const QString base = scimroutes::kBase;
    router.add("GET", base + QStringLiteral("/Schemas"),
               [&scim](const ApiRequest &r) { return wholeList(schemas(baseOf(scim, r))); });
    router.add("GET", base + QStringLiteral("/Schemas/{schemaId}"), [&scim](const ApiRequest &r) {
        for (const QJsonObject &schema : schemas(baseOf(scim, r))) {
            if (schema.value(QLatin1String("id")).toString() == r.param(1))
                return scimjson::resource(schema);
        }
        return scimErrors::notFound(QStringLiteral("No schema %1.").arg(r.param(1)));
    });
    router.add("GET", base + QStringLiteral("/ResourceTypes"), [&scim](const ApiRequest &r) {
        const QString at = baseOf(scim, r);
        return wholeList({resourceType("User", scim::kUserSchema, at),
                          resourceType("Group", scim::kGroupSchema, at)});
    });
    router.add("GET", base + QStringLiteral("/ResourceTypes/{type}"), [&scim](const ApiRequest &r) {
        const QString at = baseOf(scim, r);
        if (r.param(1) == QLatin1String("User"))
            return scimjson::resource(resourceType("User", scim::kUserSchema, at));
        if (r.param(1) == QLatin1String("Group"))
            return scimjson::resource(resourceType("Group", scim::kGroupSchema, at));
        return scimErrors::notFound(QStringLiteral("No resource type %1.").arg(r.param(1)));
    });
    router.add("GET", base + QStringLiteral("/ServiceProviderConfig"),
               [&scim](const ApiRequest &r) {
                   return scimjson::resource(serviceProviderConfig(baseOf(scim, r)));
               });
}

} // namespace sandbox
