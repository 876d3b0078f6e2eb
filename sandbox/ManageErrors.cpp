#include "ManageErrors.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sandbox::manageErrors {
namespace {

ApiResponse keyed(int status, const QString &key, const QJsonObject &context = {})
{
    QJsonObject body{{QStringLiteral("key"), key}};
    if (!context.isEmpty())
        body.insert(QStringLiteral("context"), context);
    return ApiResponse::json(body, status);
}

QJsonObject unallowed(const QString &reasonKey)
{
    return {{QStringLiteral("allowed"), false},
            {QStringLiteral("reason"), QJsonObject{{QStringLiteral("key"), reasonKey}}}};
}

} // namespace

ApiResponse accountNotFound()
{
    return keyed(404, QStringLiteral("accountNotFound"));
}

ApiResponse notFound()
{
    return keyed(404, QStringLiteral("notFound"));
}

ApiResponse forbidden()
{
    return keyed(403, QStringLiteral("forbidden"));
}

ApiResponse targetUnverified()
{
    return keyed(403, QStringLiteral("forbidden.targetUnverified"));
}

ApiResponse forbiddenAction(const QString &reasonKey)
{
    return keyed(403, QStringLiteral("forbidden.action"), unallowed(reasonKey));
}

ApiResponse fieldMutation(const QStringList &fields, const QStringList &refused,
                          const QString &reasonKey)
{
    QJsonObject context;
    for (const QString &field : fields) {
        context.insert(field, refused.contains(field)
                                  ? unallowed(reasonKey)
                                  : QJsonObject{{QStringLiteral("allowed"), true}});
    }
    return keyed(403, QStringLiteral("forbidden.fieldMutation"), context);
}

ApiResponse unclaimedDomain(const QString &domain)
{
    return keyed(403, QStringLiteral("forbidden.unclaimedDomain"),
                 {{QStringLiteral("domain"), domain}});
}

ApiResponse bodyParseFailure()
{
    return keyed(400, QStringLiteral("bodyParseFailure"));
}

ApiResponse fieldConstraints(const QList<QPair<QString, QStringList>> &violations)
{
    QJsonArray list;
    for (const auto &[field, keys] : violations) {
        QJsonArray broken;
        for (const QString &key : keys)
            broken.append(QJsonObject{{QStringLiteral("key"), key}});
        list.append(
            QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("violations"), broken}});
    }
    return keyed(400, QStringLiteral("fieldConstraintsViolated"),
                 {{QStringLiteral("fieldViolations"), list}});
}

ApiResponse lifecycleConflict(const QString &accountId, const QString &code, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return keyed(409, QStringLiteral("conflict.lifecycleErrors"),
                 {{QStringLiteral("message"), message},
                  {QStringLiteral("accountId"), accountId},
                  {QStringLiteral("errorCodes"), QJsonArray{error}}});
}

ApiResponse successMessage(const QString &message)
{
    return ApiResponse::json({{QStringLiteral("message"), message}});
}

} // namespace sandbox::manageErrors
