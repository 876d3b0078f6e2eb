#pragma once

#include "ApiExchange.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace sandbox {

class ScimStore;

// The SCIM resources as JSON (CATALOG §3: ScimUser, ScimGroup, ListResponse), built from the
// records and the accounts they link to.
namespace scimjson {

// "http://127.0.0.1:PORT/scim/directory/<id>/Users/<userId>"
QString location(const ApiRequest &request, const ScimStore &store, int directory,
                 const QString &resource, const QString &id);

QJsonObject user(const ScimStore &store, int record, const ApiRequest &request);
QJsonObject group(const ScimStore &store, int record, const ApiRequest &request);

// The query's attributes / excludedAttributes (comma lists, one or the other): which
// attributes an answer keeps. "emails.value", "name.givenName" and extension URNs with their
// attribute ("urn:...:User:department") name parts of a complex attribute.
struct Projection
{
    QStringList attributes; // empty = all
    QStringList excluded;

    // Nothing, with the 400 to answer in *failure, when both lists are given.
    static std::optional<Projection> fromQuery(const ApiRequest &request, ApiResponse *failure);
    QJsonObject apply(const QJsonObject &resource) const; // id and schemas are always kept
};

// 1-based startIndex and count (at most 100) of a list request.
struct Page
{
    int startIndex = 1;
    int count = 100;

    static std::optional<Page> fromQuery(const ApiRequest &request, ApiResponse *failure);
};

ApiResponse resource(const QJsonObject &object, int status = 200);
// A ListResponse of `total` resources, `items` being the page from page.startIndex on.
ApiResponse list(const QList<QJsonObject> &items, int total, const Page &page);
// A ListResponse of the `matching` records: the page of them from page.startIndex on, each
// record's resource made by toJson.
ApiResponse list(const QList<int> &matching, const Page &page,
                 const std::function<QJsonObject(int record)> &toJson);

} // namespace scimjson
} // namespace sandbox
