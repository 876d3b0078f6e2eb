#include "JsonSchemaFormats.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace jsonschema {
namespace {

bool isDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch m = shape.match(text);
    return m.hasMatch() &&
           QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid();
}

// RFC 3339: full date, "T", time with optional fraction, and "Z" or a numeric offset.
bool isDateTime(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?"
                       "([Zz]|[+-](\\d{2}):(\\d{2}))$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch() || !isDate(m.captured(1)))
        return false;
    const bool offsetOk =
        m.captured(7).isEmpty() || (m.captured(7).toInt() < 24 && m.captured(8).toInt() < 60);
    // 60 seconds allows a leap second.
    return m.captured(2).toInt() < 24 && m.captured(3).toInt() < 60 &&
           m.captured(4).toInt() <= 60 && offsetOk;
}

bool isUuid(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return shape.match(text).hasMatch();
}

// Loose on purpose: one "@" with something on both sides and a dot in the domain.
bool isEmail(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return shape.match(text).hasMatch();
}

bool fitsInteger(double value, double low, double high)
{
    return value == std::trunc(value) && value >= low && value <= high;
}

} // namespace

QString formatError(const QString &format, const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        bool ok = true;
        if (format == QLatin1String("date-time"))
            ok = isDateTime(text);
        else if (format == QLatin1String("date"))
            ok = isDate(text);
        else if (format == QLatin1String("uuid"))
            ok = isUuid(text);
        else if (format == QLatin1String("email"))
            ok = isEmail(text);
        return ok ? QString() : QStringLiteral("%1 is not a valid %2").arg(jsonText(value), format);
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        bool ok = true;
        if (format == QLatin1String("int32"))
            ok = fitsInteger(number, std::numeric_limits<qint32>::min(),
                             std::numeric_limits<qint32>::max());
        else if (format == QLatin1String("int64"))
            ok = fitsInteger(number, -9007199254740992.0, 9007199254740992.0);
        return ok ? QString() : QStringLiteral("%1 is not a valid %2").arg(jsonText(value), format);
    }
    return {};
}

QString jsonText(const QJsonValue &value, int maxLength)
{
    // QJsonDocument only serialises arrays and objects: wrap the value and strip the brackets.
    QString text =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2);
    if (text.size() > maxLength)
        text = text.left(maxLength) + QStringLiteral("...");
    return text;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean ") + jsonText(value);
    case QJsonValue::Double:
        return QStringLiteral("number ") + jsonText(value);
    case QJsonValue::String:
        return QStringLiteral("string ") + jsonText(value);
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString childPath(const QString &parent, const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (identifier.match(key).hasMatch())
        return parent + QLatin1Char('.') + key;
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return parent + QStringLiteral("['") + quoted + QStringLiteral("']");
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace jsonschema
