#include "ApiRequest.h"

#include <QJsonDocument>

namespace {

ApiRequest make(const QByteArray &verb, const QString &path, bool idempotent)
{
    ApiRequest request;
    request.verb = verb;
    request.path = path;
    request.idempotent = idempotent;
    return request;
}

ApiRequest withBody(ApiRequest request, const QJsonObject &body)
{
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.hasBody = true;
    return request;
}

} // namespace

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request = make("GET", path, true);
    request.query = query;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonObject &body, bool idempotent)
{
    return withBody(make("POST", path, idempotent), body);
}

ApiRequest ApiRequest::post(const QString &path, bool idempotent)
{
    return make("POST", path, idempotent);
}

ApiRequest ApiRequest::put(const QString &path, const QJsonObject &body)
{
    return withBody(make("PUT", path, true), body);
}

ApiRequest ApiRequest::patch(const QString &path, const QJsonObject &body)
{
    return withBody(make("PATCH", path, false), body);
}

ApiRequest ApiRequest::del(const QString &path)
{
    return make("DELETE", path, true);
}
