#pragma once

#include <QJsonValue>
#include <QString>

// Helpers of JsonSchemaValidator: format checks and the text of its error messages.
namespace jsonschema {

// Why the value does not have the format, or an empty string when it has it, when the format
// does not apply to the value's type, or when the format is unknown (as JSON Schema says).
QString formatError(const QString &format, const QJsonValue &value);

// Compact JSON text of a value, shortened to about maxLength characters.
QString jsonText(const QJsonValue &value, int maxLength = 80);
// "string \"abc\"", "number 3", "object", "null"...: what an instance is, for a type error.
QString describe(const QJsonValue &value);

// $.data[3].status, $['apiToken.read']
QString childPath(const QString &parent, const QString &key);
QString indexPath(const QString &parent, qsizetype index);

} // namespace jsonschema
