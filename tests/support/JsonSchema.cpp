#include "JsonSchema.h"

#include "JsonSchemaFormats.h"
#include "JsonSchemaWalker.h"

#include <cmath>

namespace jsonschema {

void Walker::check(const QJsonValue &instance, const QJsonValue &schemaValue, const QString &path,
                   bool branch)
{
    if (m_depth > MaxDepth)
        return fail(path, QStringLiteral("schema nesting too deep (a $ref cycle?)"));
    if (schemaValue.isBool()) {
        if (!schemaValue.toBool())
            fail(path, QStringLiteral("no value is allowed here"));
        return;
    }
    if (!schemaValue.isObject())
        return fail(path, QStringLiteral("the schema is not an object: ") + jsonText(schemaValue));
    const QJsonObject schema = schemaValue.toObject();

    // OpenAPI 3.0 ignores the siblings of $ref, but the organizations document writes
    // {"$ref": ..., "nullable": true} where it means that null is allowed: honour that one.
    if (instance.isNull() && schema.value(keyword("nullable")).toBool())
        return;
    if (schema.contains(keyword("$ref"))) {
        const QString ref = schema.value(keyword("$ref")).toString();
        const QJsonValue target = m_validator.pointer(ref);
        if (target.isUndefined())
            return fail(path, QStringLiteral("unresolved $ref ") + ref);
        ++m_depth;
        check(instance, target, path, branch);
        --m_depth;
        return;
    }
    if (!checkType(instance, schema, path))
        return;

    const QJsonArray allowed = schema.value(keyword("enum")).toArray();
    if (schema.contains(keyword("enum")) && !allowed.contains(instance))
        fail(path,
             QStringLiteral("%1 not in enum %2").arg(jsonText(instance), jsonText(allowed, 200)));
    checkCompositions(instance, schema, path);

    if (instance.isObject())
        checkObject(instance.toObject(), schema, path, branch);
    else if (instance.isArray())
        checkArray(instance.toArray(), schema, path);
    else if (instance.isString())
        checkString(instance.toString(), schema, path);
    else if (instance.isDouble())
        checkNumber(instance.toDouble(), schema, path);

    const QString format = schema.value(keyword("format")).toString();
    if (!format.isEmpty()) {
        const QString problem = formatError(format, instance);
        if (!problem.isEmpty())
            fail(path, problem);
    }
}

bool Walker::checkType(const QJsonValue &instance, const QJsonObject &schema, const QString &path)
{
    const QString type = schema.value(keyword("type")).toString();
    if (type.isEmpty())
        return true;
    bool ok = false;
    if (type == QLatin1String("object"))
        ok = instance.isObject();
    else if (type == QLatin1String("array"))
        ok = instance.isArray();
    else if (type == QLatin1String("string"))
        ok = instance.isString();
    else if (type == QLatin1String("boolean"))
        ok = instance.isBool();
    else if (type == QLatin1String("number"))
        ok = instance.isDouble();
    else if (type == QLatin1String("integer"))
        ok = instance.isDouble() && instance.toDouble() == std::trunc(instance.toDouble());
    else {
        fail(path, QStringLiteral("the schema has an unknown type \"%1\"").arg(type));
        return false;
    }
    if (!ok)
        fail(path, QStringLiteral("expected %1, got %2").arg(type, describe(instance)));
    return ok;
}

void Walker::checkCompositions(const QJsonValue &instance, const QJsonObject &schema,
                               const QString &path)
{
    const QJsonArray allOf = schema.value(keyword("allOf")).toArray();
    for (const QJsonValue &member : allOf)
        check(instance, member, path, true);

    // A discriminator names the one branch to check, which also gives far better messages.
    const QJsonObject discriminator = schema.value(keyword("discriminator")).toObject();
    const QJsonArray oneOf = schema.value(keyword("oneOf")).toArray();
    const QJsonArray anyOf = schema.value(keyword("anyOf")).toArray();
    if (!discriminator.isEmpty() && instance.isObject() && !(oneOf.isEmpty() && anyOf.isEmpty())) {
        const QJsonValue tag =
            instance.toObject().value(discriminator.value(keyword("propertyName")).toString());
        const QString name = tag.isBool()
                                 ? (tag.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                 : tag.toString();
        QString ref = discriminator.value(keyword("mapping")).toObject().value(name).toString();
        for (const QJsonValue &member : oneOf.isEmpty() ? anyOf : oneOf) {
            const QString memberRef = member.toObject().value(keyword("$ref")).toString();
            if (ref.isEmpty() && !name.isEmpty() && memberRef.endsWith(QLatin1Char('/') + name))
                ref = memberRef;
        }
        if (!ref.isEmpty())
            return check(instance, QJsonObject{{keyword("$ref"), ref}}, path, true);
    }

    for (const auto &[members, name] : {std::pair{anyOf, "anyOf"}, std::pair{oneOf, "oneOf"}}) {
        if (members.isEmpty())
            continue;
        QStringList matched;
        QStringList reasons;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const QStringList problems = branchErrors(instance, members.at(i), path);
            if (problems.isEmpty())
                matched.append(QString::number(i));
            else
                reasons.append(QStringLiteral("[%1] %2").arg(i).arg(
                    problems.mid(0, 3).join(QStringLiteral("; "))));
        }
        if (matched.isEmpty())
            fail(path, QStringLiteral("matches none of the %1 branches: %2")
                           .arg(keyword(name), reasons.join(QStringLiteral(" | "))));
        else if (matched.size() > 1 && QLatin1String(name) == QLatin1String("oneOf"))
            fail(path, QStringLiteral("matches oneOf branches %1, exactly one expected")
                           .arg(matched.join(QStringLiteral(", "))));
    }
}
QStringList Walker::branchErrors(const QJsonValue &instance, const QJsonValue &schema,
                                 const QString &path) const
{
    Walker walker(m_validator, m_options, m_depth + 1);
    walker.check(instance, schema, path, true);
    return walker.errors;
}
} // namespace jsonschema

using namespace jsonschema;

JsonSchemaValidator::JsonSchemaValidator(QJsonObject document) : m_document(std::move(document)) {}

QStringList JsonSchemaValidator::validate(const QJsonValue &instance, const QJsonValue &schema,
                                          const Options &options) const
{
    Walker walker(*this, options);
    walker.check(instance, schema, QStringLiteral("$"));
    return walker.errors;
}

QJsonValue JsonSchemaValidator::pointer(const QString &ref) const
{
    if (!ref.startsWith(QLatin1Char('#')))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = m_document;
    const QStringList tokens = ref.mid(1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString token : tokens) {
        token.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (current.isObject() && current.toObject().contains(token))
            current = current.toObject().value(token);
        else if (bool isIndex = false; current.isArray() && token.toInt(&isIndex) >= 0 && isIndex &&
                                       token.toInt() < current.toArray().size())
            current = current.toArray().at(token.toInt());
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return current;
}

QJsonValue JsonSchemaValidator::resolve(const QJsonValue &schema) const
{
    QJsonValue current = schema;
    for (int hops = 0; hops < MaxDepth && current.toObject().contains(keyword("$ref")); ++hops)
        current = pointer(current.toObject().value(keyword("$ref")).toString());
    return current;
}
