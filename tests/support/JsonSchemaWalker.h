#pragma once

#include "JsonSchema.h"

#include <QJsonArray>
#include <QSet>

#include <optional>

// The recursive walk behind JsonSchemaValidator::validate(); internal to it.
namespace jsonschema {

// Guards against a $ref cycle that never descends into the instance.
inline constexpr int MaxDepth = 200;

inline QString keyword(const char *name)
{
    return QString::fromLatin1(name);
}

class Walker
{
public:
    Walker(const JsonSchemaValidator &validator, const JsonSchemaValidator::Options &options,
           int depth = 0)
        : m_validator(validator), m_options(options), m_depth(depth)
    {}

    // `branch`: the schema is one of an allOf/anyOf/oneOf, whose owner checks closed objects.
    void check(const QJsonValue &instance, const QJsonValue &schema, const QString &path,
               bool branch = false);

    QStringList errors;

private:
    void fail(const QString &path, const QString &message)
    {
        errors.append(path + QStringLiteral(": ") + message);
    }
    bool checkType(const QJsonValue &instance, const QJsonObject &schema, const QString &path);
    void checkCompositions(const QJsonValue &instance, const QJsonObject &schema,
                           const QString &path);
    void checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &path,
                     bool branch);
    void checkArray(const QJsonArray &array, const QJsonObject &schema, const QString &path);
    void checkString(const QString &text, const QJsonObject &schema, const QString &path);
    void checkNumber(double number, const QJsonObject &schema, const QString &path);
    QStringList branchErrors(const QJsonValue &instance, const QJsonValue &schema,
                             const QString &path) const;
    bool hasFlag(const QJsonValue &schema, const char *flag) const;
    std::optional<QSet<QString>> declaredProperties(const QJsonValue &schema, int depth = 0) const;

    const JsonSchemaValidator &m_validator;
    const JsonSchemaValidator::Options &m_options;
    int m_depth;
};

} // namespace jsonschema
