#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the route handlers see it.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QStringList params; // path parameters captured by the route, in pattern order, decoded
    QString origin;     // "http://127.0.0.1:PORT", from the Host header, for full URLs

    QByteArray header(const QByteArray &name) const;
    QString param(int i) const { return params.value(i); }
};

// One answer; the front end adds rate-limit headers and writes it.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    HeaderList headers;

    static ApiResponse json(const QJsonObject &object, int status = 200);
    static ApiResponse empty(int status);
};

} // namespace sandbox
