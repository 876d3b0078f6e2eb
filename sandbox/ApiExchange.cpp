#include "ApiExchange.h"

#include <QJsonDocument>

namespace sandbox {

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::empty(int status)
{
    ApiResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

} // namespace sandbox
