#include "RawCall.h"

#include "ApiClient.h"
#include "ApiReply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

QString RawAnswer::errorCode() const
{
    if (json.object().value(QLatin1String("code")).isString()) // a bare ApplicationError
        return json.object().value(QLatin1String("code")).toString();
    return json.object()
        .value(QLatin1String("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

RawAnswer rawCall(ApiClient *client, const ApiRequest &request, int timeoutMs)
{
    RawAnswer answer;
    QObject context;
    ApiReply *reply = client->send(request);
    QObject::connect(reply, &ApiReply::finished, &context, [reply, &answer] {
        answer.status = reply->httpStatus();
        answer.json = QJsonDocument::fromJson(reply->body());
        answer.error = reply->error();
        answer.finished = true;
    });
    if (!QTest::qWaitFor([&answer] { return answer.finished; }, timeoutMs))
        answer.error = ApiError::timeout();
    return answer;
}
