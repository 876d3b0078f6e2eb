#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QJsonDocument>

class ApiClient;

// One request through the ApiClient, waited for (spinning the event loop): the HTTP status, the
// parsed body and the client's error, for tests that check a route's answer as it is.
struct RawAnswer
{
    int status = 0;
    QJsonDocument json;
    ApiError error;
    bool finished = false;

    QJsonObject object() const { return json.object(); }
    // errors[0].code of an Errors/ApplicationErrors body, or the code of a bare
    // ApplicationError; empty when none.
    QString errorCode() const;
};

RawAnswer rawCall(ApiClient *client, const ApiRequest &request, int timeoutMs = 20000);
