#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// Validates JSON instances against the OpenAPI 3.0 flavour of JSON Schema that Atlassian's admin
// API documents use: $ref (a JSON pointer into the document given at construction; its siblings
// are ignored, as OpenAPI 3.0 says, except nullable), type, nullable, enum, properties, required,
// additionalProperties, min/maxProperties, items, min/maxItems, uniqueItems, allOf, anyOf, oneOf
// (with discriminator), minimum, maximum, exclusiveMinimum/Maximum (booleans), min/maxLength,
// pattern, readOnly/writeOnly, and the formats date-time, date, uuid, email, int32 and int64.
// Other keywords (description, example, default, deprecated...) and formats are ignored.
class JsonSchemaValidator
{
public:
    enum class Direction { Response, Request };

    struct Options
    {
        // A readOnly property is required in responses only (and must not be sent in a request);
        // a writeOnly one in requests only.
        Direction direction = Direction::Response;
        // An object schema that lists properties and says nothing about additionalProperties is
        // treated as closed, so that misspelt or invented properties are reported. The documents
        // leave almost every property optional: without this a typo would pass unnoticed.
        bool closedObjects = false;
        // PATCH bodies send a subset of a resource: `required` is not enforced.
        bool partial = false;
    };

    explicit JsonSchemaValidator(QJsonObject document = {});

    // Readable errors, each "<JSON path>: <problem>", e.g.
    // `$.data[3].status: "weird" not in enum ["active","suspended"]`; empty when valid.
    QStringList validate(const QJsonValue &instance, const QJsonValue &schema,
                         const Options &options) const;
    QStringList validate(const QJsonValue &instance, const QJsonValue &schema) const
    {
        return validate(instance, schema, Options());
    }

    // The value a local reference such as "#/components/schemas/Org" points to; undefined if the
    // reference dangles or leaves the document.
    QJsonValue pointer(const QString &ref) const;
    // Follows a chain of {"$ref": ...} objects to the schema it ends at.
    QJsonValue resolve(const QJsonValue &schema) const;

    const QJsonObject &document() const { return m_document; }

private:
    QJsonObject m_document;
};
