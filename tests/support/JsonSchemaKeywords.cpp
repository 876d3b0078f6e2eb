// The keywords of JsonSchemaValidator that apply to one type of instance.
#include "JsonSchemaFormats.h"
#include "JsonSchemaWalker.h"

#include <QRegularExpression>

namespace jsonschema {

void Walker::checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &path,
                         bool branch)
{
    const QJsonObject properties = schema.value(keyword("properties")).toObject();
    const bool request = m_options.direction == JsonSchemaValidator::Direction::Request;
    if (!m_options.partial) {
        for (const QJsonValue &name : schema.value(keyword("required")).toArray()) {
            const QJsonValue property = properties.value(name.toString());
            if (object.contains(name.toString()) ||
                hasFlag(property, request ? "readOnly" : "writeOnly"))
                continue;
            fail(path, QStringLiteral("missing required property \"%1\"").arg(name.toString()));
        }
    }
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!object.contains(it.key()))
            continue;
        const QString childAt = childPath(path, it.key());
        if (request && hasFlag(it.value(), "readOnly"))
            fail(childAt, QStringLiteral("read-only property sent in a request"));
        check(object.value(it.key()), it.value(), childAt);
    }

    const QJsonValue additional = schema.value(keyword("additionalProperties"));
    if (additional.isUndefined() && m_options.closedObjects && !branch) {
        const std::optional<QSet<QString>> declared = declaredProperties(schema);
        for (auto it = object.begin(); declared && it != object.end(); ++it) {
            if (!declared->contains(it.key()))
                fail(childPath(path, it.key()),
                     QStringLiteral("property not declared by the schema"));
        }
    } else if (!additional.isUndefined() && additional != QJsonValue(true)) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                continue;
            if (additional == QJsonValue(false))
                fail(childPath(path, it.key()), QStringLiteral("additional property not allowed"));
            else
                check(it.value(), additional, childPath(path, it.key()));
        }
    }

    const qsizetype count = object.size();
    if (schema.contains(keyword("minProperties")) &&
        count < schema.value(keyword("minProperties")).toInteger())
        fail(path, QStringLiteral("%1 properties, fewer than minProperties %2")
                       .arg(count)
                       .arg(schema.value(keyword("minProperties")).toInteger()));
    if (schema.contains(keyword("maxProperties")) &&
        count > schema.value(keyword("maxProperties")).toInteger())
        fail(path, QStringLiteral("%1 properties, more than maxProperties %2")
                       .arg(count)
                       .arg(schema.value(keyword("maxProperties")).toInteger()));
}

void Walker::checkArray(const QJsonArray &array, const QJsonObject &schema, const QString &path)
{
    const qsizetype count = array.size();
    if (schema.contains(keyword("minItems")) &&
        count < schema.value(keyword("minItems")).toInteger())
        fail(path, QStringLiteral("%1 items, fewer than minItems %2")
                       .arg(count)
                       .arg(schema.value(keyword("minItems")).toInteger()));
    if (schema.contains(keyword("maxItems")) &&
        count > schema.value(keyword("maxItems")).toInteger())
        fail(path, QStringLiteral("%1 items, more than maxItems %2")
                       .arg(count)
                       .arg(schema.value(keyword("maxItems")).toInteger()));
    if (schema.value(keyword("uniqueItems")).toBool()) {
        for (qsizetype i = 1; i < count; ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (array.at(i) == array.at(j))
                    fail(indexPath(path, i),
                         QStringLiteral("duplicate of item %1 (uniqueItems)").arg(j));
            }
        }
    }
    if (schema.contains(keyword("items"))) {
        for (qsizetype i = 0; i < count; ++i)
            check(array.at(i), schema.value(keyword("items")), indexPath(path, i));
    }
}

void Walker::checkString(const QString &text, const QJsonObject &schema, const QString &path)
{
    const qsizetype length = text.toUcs4().size(); // JSON Schema counts code points
    if (schema.contains(keyword("minLength")) &&
        length < schema.value(keyword("minLength")).toInteger())
        fail(path, QStringLiteral("%1 is shorter than minLength %2")
                       .arg(jsonText(text))
                       .arg(schema.value(keyword("minLength")).toInteger()));
    if (schema.contains(keyword("maxLength")) &&
        length > schema.value(keyword("maxLength")).toInteger())
        fail(path, QStringLiteral("%1 is longer than maxLength %2")
                       .arg(jsonText(text))
                       .arg(schema.value(keyword("maxLength")).toInteger()));
    if (schema.contains(keyword("pattern"))) {
        // Patterns are unanchored, as in JSON Schema.
        const QRegularExpression pattern(schema.value(keyword("pattern")).toString());
        if (!pattern.isValid())
            fail(path, QStringLiteral("the schema's pattern is invalid: ") + pattern.errorString());
        else if (!pattern.match(text).hasMatch())
            fail(path, QStringLiteral("%1 does not match pattern %2")
                           .arg(jsonText(text), jsonText(pattern.pattern())));
    }
}

void Walker::checkNumber(double number, const QJsonObject &schema, const QString &path)
{
    const QString shown = jsonText(number);
    if (schema.contains(keyword("minimum"))) {
        const double minimum = schema.value(keyword("minimum")).toDouble();
        const bool exclusive = schema.value(keyword("exclusiveMinimum")).toBool();
        if (exclusive ? number <= minimum : number < minimum)
            fail(path, (exclusive ? QStringLiteral("%1 is not above the exclusive minimum %2")
                                  : QStringLiteral("%1 is below the minimum %2"))
                           .arg(shown, jsonText(minimum)));
    }
    if (schema.contains(keyword("maximum"))) {
        const double maximum = schema.value(keyword("maximum")).toDouble();
        const bool exclusive = schema.value(keyword("exclusiveMaximum")).toBool();
        if (exclusive ? number >= maximum : number > maximum)
            fail(path, (exclusive ? QStringLiteral("%1 is not below the exclusive maximum %2")
                                  : QStringLiteral("%1 is above the maximum %2"))
                           .arg(shown, jsonText(maximum)));
    }
}
bool Walker::hasFlag(const QJsonValue &schema, const char *flag) const
{
    const QJsonObject object = schema.toObject();
    if (object.value(keyword(flag)).toBool())
        return true;
    return object.contains(keyword("$ref")) &&
           m_validator.resolve(schema).toObject().value(keyword(flag)).toBool();
}

// Every property the schema or its allOf/anyOf/oneOf members declare; nothing when one of them
// says what to do with additional properties, or when none declares any (a free-form object).
std::optional<QSet<QString>> Walker::declaredProperties(const QJsonValue &schemaValue,
                                                        int depth) const
{
    const QJsonObject schema = m_validator.resolve(schemaValue).toObject();
    if (schema.contains(keyword("additionalProperties")) || depth > MaxDepth)
        return std::nullopt;
    QSet<QString> names;
    const QStringList keys = schema.value(keyword("properties")).toObject().keys();
    names.unite(QSet<QString>(keys.begin(), keys.end()));
    for (const char *composition : {"allOf", "anyOf", "oneOf"}) {
        for (const QJsonValue &member : schema.value(keyword(composition)).toArray()) {
            const std::optional<QSet<QString>> more = declaredProperties(member, depth + 1);
            if (!more)
                return std::nullopt;
            names.unite(*more);
        }
    }
    if (names.isEmpty())
        return std::nullopt;
    return names;
}
} // namespace jsonschema
