#include "JsonSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <initializer_list>

Q_DECLARE_METATYPE(JsonSchemaValidator::Options)

using Direction = JsonSchemaValidator::Direction;

namespace {

// The components that the $ref rows point into, shaped like the Atlassian documents' own.
const char *const Document = R"({"components": {"schemas": {
  "Status": {"type": "string", "enum": ["active", "suspended"]},
  "Name": {"type": "string"},
  "Base": {"type": "object", "properties": {"id": {"type": "string"}, "code": {"type": "string"}}},
  "Node": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}},
  "ParseFailure": {"type": "object", "required": ["key"], "properties": {"key": {"type": "string"}}},
  "Violated": {"type": "object", "required": ["key", "context"],
               "properties": {"key": {"enum": ["fieldConstraintsViolated"]}, "context": {"type": "object"}}},
  "Allowed": {"type": "object", "required": ["allowed"], "properties": {"allowed": {"enum": [true]}}},
  "Unallowed": {"type": "object", "required": ["allowed", "reason"],
                "properties": {"allowed": {"enum": [false]}, "reason": {"type": "object"}}},
  "AccountId": {"type": "string", "readOnly": true}
}}})";

QJsonValue parse(const char *json)
{
    // Wrapped in an array so that scalars parse too.
    const QByteArray text = QByteArray("[") + json + QByteArray("]");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row: %s", json);
    return document.array().at(0);
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

void row(const char *name, const char *schema, const char *instance,
         std::initializer_list<const char *> errors = {})
{
    QTest::newRow(name) << parse(schema) << parse(instance) << strings(errors);
}

} // namespace

class TestJsonSchema : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void options_data();
    void options();
    void pointerFollowsJsonPointerEscapes();

private:
    JsonSchemaValidator m_validator{parse(Document).toObject()};
};

void TestJsonSchema::validate_data()
{
    QTest::addColumn<QJsonValue>("schema");
    QTest::addColumn<QJsonValue>("instance");
    QTest::addColumn<QStringList>("errors");

    row("string", R"({"type": "string"})", R"("a")");
    row("string, got number", R"({"type": "string"})", "3", {"$: expected string, got number 3"});
    row("integer", R"({"type": "integer"})", "3");
    row("integer, got fraction", R"({"type": "integer"})", "2.5",
        {"$: expected integer, got number 2.5"});
    row("number", R"({"type": "number"})", "2.5");
    row("boolean, got string", R"({"type": "boolean"})", R"("true")",
        {R"($: expected boolean, got string "true")"});
    row("object, got array", R"({"type": "object"})", "[]", {"$: expected object, got array"});
    row("array, got null", R"({"type": "array"})", "null", {"$: expected array, got null"});
    row("nullable", R"({"type": "string", "nullable": true})", "null");
    row("nullable enum", R"({"type": "string", "enum": ["a"], "nullable": true})", "null");
    row("not nullable", R"({"type": "string"})", "null", {"$: expected string, got null"});
    row("no type allows anything", "{}", R"({"a": [1]})");

    row("enum", R"({"enum": ["active", "suspended"]})", R"("active")");
    row("enum, weird", R"({"enum": ["active", "suspended"]})", R"("weird")",
        {R"($: "weird" not in enum ["active","suspended"])"});
    row("enum of booleans", R"({"enum": [false]})", "true", {"$: true not in enum [false]"});

    const char *page = R"({"type": "object", "properties": {"data": {"type": "array", "items": {
        "type": "object", "required": ["id"], "properties": {"id": {"type": "string"},
        "status": {"$ref": "#/components/schemas/Status"}}}}}})";
    row("nested valid", page, R"({"data": [{"id": "a", "status": "active"}]})");
    row("nested enum", page, R"({"data": [{"id": "a"}, {"id": "b", "status": "weird"}]})",
        {R"($.data[1].status: "weird" not in enum ["active","suspended"])"});
    row("required", page, R"({"data": [{"status": "active"}]})",
        {R"($.data[0]: missing required property "id")"});
    row("odd key", R"({"properties": {"apiToken.read": {"type": "boolean"}}})",
        R"({"apiToken.read": 1})", {"$['apiToken.read']: expected boolean, got number 1"});

    row("additionalProperties false", R"({"properties": {"a": {}}, "additionalProperties": false})",
        R"({"a": 1, "b": 2})", {"$.b: additional property not allowed"});
    row("additionalProperties schema", R"({"additionalProperties": {"type": "integer"}})",
        R"({"x": 1, "y": "z"})", {R"($.y: expected integer, got string "z")"});
    row("additionalProperties true", R"({"properties": {}, "additionalProperties": true})",
        R"({"x": 1})");
    row("minProperties", R"({"minProperties": 1})", "{}",
        {"$: 0 properties, fewer than minProperties 1"});

    row("items", R"({"type": "array", "items": {"type": "string"}})", R"(["a", 1])",
        {"$[1]: expected string, got number 1"});
    row("minItems", R"({"minItems": 1})", "[]", {"$: 0 items, fewer than minItems 1"});
    row("maxItems", R"({"maxItems": 2})", "[1, 2, 3]", {"$: 3 items, more than maxItems 2"});
    row("uniqueItems", R"({"uniqueItems": true})", R"(["a", "b", "a"])",
        {"$[2]: duplicate of item 0 (uniqueItems)"});

    row("minLength", R"({"minLength": 2})", R"("a")", {R"($: "a" is shorter than minLength 2)"});
    row("maxLength", R"({"maxLength": 3})", R"("abcd")",
        {R"($: "abcd" is longer than maxLength 3)"});
    row("maxLength counts code points", R"({"maxLength": 2})", R"("é😀")");
    row("pattern", R"({"pattern": "^[a-z]+$"})", R"("abc1")",
        {R"($: "abc1" does not match pattern "^[a-z]+$")"});
    row("pattern is unanchored", R"({"pattern": "[0-9]"})", R"("ab1")");

    row("minimum", R"({"minimum": 1})", "0", {"$: 0 is below the minimum 1"});
    row("maximum", R"({"maximum": 100})", "101", {"$: 101 is above the maximum 100"});
    row("maximum inclusive", R"({"maximum": 100})", "100");
    row("exclusiveMaximum", R"({"maximum": 100, "exclusiveMaximum": true})", "100",
        {"$: 100 is not below the exclusive maximum 100"});

    row("date-time", R"({"format": "date-time"})", R"("2024-01-01T00:00:00.000Z")");
    row("date-time, nanoseconds and offset", R"({"format": "date-time"})",
        R"("2025-11-06T23:07:29.936941226+02:00")");
    row("date-time, space", R"({"format": "date-time"})", R"("2024-01-01 00:00:00Z")",
        {R"($: "2024-01-01 00:00:00Z" is not a valid date-time)"});
    row("date-time, no zone", R"({"format": "date-time"})", R"("2024-01-01T00:00:00")",
        {R"($: "2024-01-01T00:00:00" is not a valid date-time)"});
    row("date-time, 30 February", R"({"format": "date-time"})", R"("2024-02-30T00:00:00Z")",
        {R"($: "2024-02-30T00:00:00Z" is not a valid date-time)"});
    row("date-time, hour 25", R"({"format": "date-time"})", R"("2024-02-01T25:00:00Z")",
        {R"($: "2024-02-01T25:00:00Z" is not a valid date-time)"});
    row("date, leap day", R"({"format": "date"})", R"("2024-02-29")");
    row("date, no leap day", R"({"format": "date"})", R"("2023-02-29")",
        {R"($: "2023-02-29" is not a valid date)"});
    row("date, short month", R"({"format": "date"})", R"("2024-1-01")",
        {R"($: "2024-1-01" is not a valid date)"});
    row("uuid", R"({"format": "uuid"})", R"("12345678-1234-1234-1234-12345678901a")");
    row("uuid, account id", R"({"format": "uuid"})", R"("5b10ac8d82e05b22cc7d4ef5")",
        {R"($: "5b10ac8d82e05b22cc7d4ef5" is not a valid uuid)"});
    row("email", R"({"format": "email"})", R"("nobody")", {R"($: "nobody" is not a valid email)"});
    row("int32", R"({"type": "integer", "format": "int32"})", "3000000000",
        {"$: 3000000000 is not a valid int32"});
    row("unknown format", R"({"format": "int"})", R"("anything")");
    row("format of another type", R"({"format": "uuid"})", "3");

    row("$ref", R"({"$ref": "#/components/schemas/Status"})", R"("weird")",
        {R"($: "weird" not in enum ["active","suspended"])"});
    row("$ref dangling", R"({"$ref": "#/components/schemas/Nope"})", "1",
        {"$: unresolved $ref #/components/schemas/Nope"});
    row("$ref siblings ignored", R"({"$ref": "#/components/schemas/Name", "type": "GroupCounts"})",
        R"("x")");
    row("$ref nullable sibling", R"({"$ref": "#/components/schemas/Status", "nullable": true})",
        "null");
    row("$ref recursive", R"({"$ref": "#/components/schemas/Node"})",
        R"({"next": {"next": {"next": 1}}})", {"$.next.next.next: expected object, got number 1"});

    const char *allOf = R"({"allOf": [{"$ref": "#/components/schemas/Base"},
        {"properties": {"code": {"enum": ["X"]}}}]})";
    row("allOf", allOf, R"({"id": "a", "code": "X"})");
    row("allOf, both fail", allOf, R"({"id": 1, "code": "Y"})",
        {"$.id: expected string, got number 1", R"($.code: "Y" not in enum ["X"])"});
    row("anyOf", R"({"anyOf": [{"type": "string"}, {"type": "integer"}]})", "3");
    row("anyOf, none", R"({"anyOf": [{"type": "string"}, {"type": "integer"}]})", "true",
        {"$: matches none of the anyOf branches: [0] $: expected string, got boolean true | [1] $: "
         "expected integer, got boolean true"});
    row("oneOf", R"({"oneOf": [{"type": "integer"}, {"type": "string"}]})", "3");
    row("oneOf, two", R"({"oneOf": [{"type": "integer"}, {"type": "number"}]})", "3",
        {"$: matches oneOf branches 0, 1, exactly one expected"});

    // Both branches accept this body; the discriminator says which one is meant.
    const char *badRequest = R"({"oneOf": [{"$ref": "#/components/schemas/ParseFailure"},
        {"$ref": "#/components/schemas/Violated"}], "discriminator": {"propertyName": "key",
        "mapping": {"fieldConstraintsViolated": "#/components/schemas/Violated"}}})";
    row("discriminator", badRequest, R"({"key": "fieldConstraintsViolated", "context": {}})");
    row("discriminator, missing", badRequest, R"({"key": "fieldConstraintsViolated"})",
        {R"($: missing required property "context")"});
    row("discriminator, unmapped", badRequest, R"({"key": "bodyParseFailure"})");
    row("discriminator, boolean", R"({"oneOf": [{"$ref": "#/components/schemas/Allowed"},
        {"$ref": "#/components/schemas/Unallowed"}], "discriminator": {"propertyName": "allowed",
        "mapping": {"true": "#/components/schemas/Allowed", "false": "#/components/schemas/Unallowed"}}})",
        R"({"allowed": false})", {R"($: missing required property "reason")"});
}

void TestJsonSchema::validate()
{
    QFETCH(QJsonValue, schema);
    QFETCH(QJsonValue, instance);
    QFETCH(QStringList, errors);
    QCOMPARE(m_validator.validate(instance, schema), errors);
}

void TestJsonSchema::options_data()
{
    QTest::addColumn<QJsonValue>("schema");
    QTest::addColumn<QJsonValue>("instance");
    QTest::addColumn<JsonSchemaValidator::Options>("options");
    QTest::addColumn<QStringList>("errors");

    const JsonSchemaValidator::Options request{Direction::Request, false, false};
    const JsonSchemaValidator::Options response{Direction::Response, false, false};
    const JsonSchemaValidator::Options closed{Direction::Response, true, false};
    const JsonSchemaValidator::Options partial{Direction::Request, false, true};

    const QJsonValue account = parse(R"({"type": "object", "required": ["id", "name", "secret"],
        "properties": {"id": {"$ref": "#/components/schemas/AccountId"}, "name": {"type": "string"},
        "secret": {"type": "string", "writeOnly": true}}})");
    auto add = [&](const char *name, const QJsonValue &schema, const char *instance,
                   const JsonSchemaValidator::Options &options,
                   std::initializer_list<const char *> errors) {
        QTest::newRow(name) << schema << parse(instance) << options << strings(errors);
    };
    add("readOnly not required in a request", account, R"({"name": "a", "secret": "s"})", request,
        {});
    add("readOnly sent in a request", account, R"({"id": "x", "name": "a", "secret": "s"})",
        request, {"$.id: read-only property sent in a request"});
    add("readOnly required in a response", account, R"({"name": "a"})", response,
        {R"($: missing required property "id")"});
    add("writeOnly not required in a response", account, R"({"id": "x", "name": "a"})", response,
        {});
    add("partial ignores required", account, R"({"name": "a"})", partial, {});
    add("partial still checks types", account, R"({"name": 1})", partial,
        {"$.name: expected string, got number 1"});

    const QJsonValue twoParts = parse(R"({"allOf": [{"properties": {"a": {}}},
        {"properties": {"b": {}, "inner": {"properties": {"c": {}}}}}]})");
    add("open object", twoParts, R"({"a": 1, "z": 2})", response, {});
    add("closed object", twoParts, R"({"a": 1, "b": 2, "z": 3})", closed,
        {"$.z: property not declared by the schema"});
    add("closed nested object", twoParts, R"({"inner": {"c": 1, "y": 2}})", closed,
        {"$.inner.y: property not declared by the schema"});
    add("closed leaves free-form objects open", parse(R"({"type": "object"})"), R"({"x": 1})",
        closed, {});
    add("closed follows additionalProperties", parse(R"({"properties": {"a": {}},
        "additionalProperties": {"type": "string"}})"),
        R"({"x": "y"})", closed, {});
}

void TestJsonSchema::options()
{
    QFETCH(QJsonValue, schema);
    QFETCH(QJsonValue, instance);
    QFETCH(JsonSchemaValidator::Options, options);
    QFETCH(QStringList, errors);
    QCOMPARE(m_validator.validate(instance, schema, options), errors);
}

void TestJsonSchema::pointerFollowsJsonPointerEscapes()
{
    const JsonSchemaValidator validator(
        parse(R"({"paths": {"/v1/orgs": {"get": 1}}, "a~b": [5, 6]})").toObject());
    QCOMPARE(validator.pointer(QStringLiteral("#/paths/~1v1~1orgs/get")), QJsonValue(1));
    QCOMPARE(validator.pointer(QStringLiteral("#/a~0b/1")), QJsonValue(6));
    QVERIFY(validator.pointer(QStringLiteral("#/a~0b/x")).isUndefined());
    QVERIFY(validator.pointer(QStringLiteral("other.json#/a")).isUndefined());
    QCOMPARE(validator.resolve(parse(R"({"$ref": "#/paths/~1v1~1orgs"})")), parse(R"({"get": 1})"));
}

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
