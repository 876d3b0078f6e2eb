#pragma once

#include "JsonSchema.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <memory>
#include <vector>

// One OpenAPI 3 document and the path its first server URL puts before every path in it.
struct OpenApiSpec
{
    QString fileName;
    QString basePath; // "/admin" for the organizations document, "" for user management
    JsonSchemaValidator validator; // holds the document, to resolve its $refs
};

// The operation of a spec that answers a concrete request.
struct SpecOperation
{
    const OpenApiSpec *spec = nullptr;
    QString method;       // "GET"
    QString pathTemplate; // "/v2/orgs/{orgId}/directories", as written in the spec
    QJsonObject operation;
    QHash<QString, QString> pathParameters; // {"orgId": "6d1e..."}

    bool isValid() const { return spec != nullptr; }
    // "GET /v2/orgs/{orgId}/directories in organizations.openapi.json"
    QString describe() const;
};

// What a spec says about one response status of an operation.
struct SpecResponse
{
    bool documented = false;  // the status, its range (4XX) or "default" is listed
    QString statusKey;        // the key that matched: "200", "4XX" or "default"
    QStringList contentTypes; // documented media types; empty for a response without a body
    QJsonValue schema{QJsonValue::Undefined}; // for the asked media type; undefined when none
};

// The operations of several OpenAPI documents, found from a request's method and path.
class SpecCatalog
{
public:
    SpecCatalog();
    ~SpecCatalog();

    // Adds a document; false, with the reason in *error, when it cannot be read.
    bool load(const QString &fileName, QString *error = nullptr);
    // Adds every *.json document of a folder (tests/data/specs).
    bool loadDirectory(const QString &path, QString *error = nullptr);

    // The operation whose path template (after its document's base path) matches the request
    // path, such as "/admin/v2/orgs/abc/directories/-/users/search"; a literal segment wins
    // over a parameter ("users/count" is not "users/{accountId}"). Invalid when none matches.
    SpecOperation find(const QString &method, const QString &requestPath) const;

    // The response documented for this status (else its range, else "default"), and its schema
    // for the media type (parameters such as charset are ignored; */* ranges in the spec match).
    SpecResponse response(const SpecOperation &operation, int status,
                          const QString &contentType = QStringLiteral("application/json")) const;

    // The request body schema for the media type; undefined when the operation takes no body
    // of that type. *required tells whether the spec requires a body.
    QJsonValue requestBody(const SpecOperation &operation,
                           const QString &contentType = QStringLiteral("application/json"),
                           bool *required = nullptr) const;

    // "GET /admin/v1/orgs" for every operation, in request-path form.
    QStringList operations() const;

private:
    struct Route
    {
        const OpenApiSpec *spec;
        QString method;
        QString pathTemplate;
        QRegularExpression pattern;
        QStringList parameterNames;
        int literalSegments;
        QJsonObject operation;
    };

    std::vector<std::unique_ptr<OpenApiSpec>> m_specs;
    std::vector<Route> m_routes;
};
