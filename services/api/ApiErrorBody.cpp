#include "ApiErrorBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString scalarToString(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

// Errors / ApplicationErrors / ApiErrorResponse / Control 400: {"errors":[{code,title,detail}]}
ApiErrorBody fromErrorsArray(const QJsonArray &errors)
{
    ApiErrorBody result;
    const QJsonObject first = errors.first().toObject();
    result.code = scalarToString(first.value(QLatin1String("code")));
    result.message = first.value(QLatin1String("detail")).toString();
    if (result.message.isEmpty())
        result.message = first.value(QLatin1String("title")).toString();
    if (result.message.isEmpty())
        result.message = first.value(QLatin1String("message")).toString();
    return result;
}

// User management: {"key": "forbidden.unclaimedDomain", "context": {...}}
ApiErrorBody fromKeyContext(const QJsonObject &object)
{
    ApiErrorBody result;
    result.code = object.value(QLatin1String("key")).toString();
    const QJsonObject context = object.value(QLatin1String("context")).toObject();
    if (context.contains(QLatin1String("domain")))
        result.message = context.value(QLatin1String("domain")).toString();
    const QJsonArray violations = context.value(QLatin1String("fieldViolations")).toArray();
    QStringList fields;
    for (const QJsonValue &violation : violations)
        fields.append(violation.toObject().value(QLatin1String("field")).toString());
    if (!fields.isEmpty())
        result.message = fields.join(QLatin1String(", "));
    const QJsonObject reason = context.value(QLatin1String("reason")).toObject();
    if (reason.contains(QLatin1String("key")))
        result.message = reason.value(QLatin1String("key")).toString();
    // conflict.lifecycleErrors: {"message", "accountId", "errorCodes": [{code, message}]}
    if (context.value(QLatin1String("message")).isString() && result.message.isEmpty())
        result.message = context.value(QLatin1String("message")).toString();
    return result;
}

} // namespace

ApiErrorBody ApiErrorBody::parse(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray()) {
        // User management lifecycle 409: [{code, message, link}]
        const QJsonObject first = document.array().first().toObject();
        return {scalarToString(first.value(QLatin1String("code"))),
                first.value(QLatin1String("message")).toString()};
    }
    const QJsonObject object = document.object();
    const QJsonArray errors = object.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty())
        return fromErrorsArray(errors);
    if (object.contains(QLatin1String("key")))
        return fromKeyContext(object);
    if (object.contains(QLatin1String("scimType")) || object.contains(QLatin1String("detail")))
        // SCIM's ScimError, or a bare ApplicationError {id, status, code, title, detail}.
        return {object.contains(QLatin1String("scimType"))
                    ? object.value(QLatin1String("scimType")).toString()
                    : scalarToString(object.value(QLatin1String("code"))),
                object.value(QLatin1String("detail")).toString()};
    // ProxyError and Control 403/404: {"code": 401, "message": "..."}
    return {scalarToString(object.value(QLatin1String("code"))),
            object.value(QLatin1String("message")).toString()};
}
