#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// What a service asks the ApiClient to send. A service builds one; the client adds the base URL,
// the key and the common headers.
struct ApiRequest
{
    QByteArray verb = "GET";
    QString path; // relative to the client's base URL, e.g. "/admin/v1/orgs"
    QUrlQuery query;
    QUrl absoluteUrl; // a full "next" link from the server (pagination style P1); wins over path
    QByteArray body;
    bool hasBody = false;
    bool idempotent = true; // may be sent again after a network failure or a 5xx
    // The caller reads the body itself, off the window's thread (a large page): the client then
    // does not parse it to check that it is JSON.
    bool bodyReadByCaller = false;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const QJsonObject &body, bool idempotent);
    static ApiRequest post(const QString &path, bool idempotent); // no body
    static ApiRequest put(const QString &path, const QJsonObject &body);
    static ApiRequest patch(const QString &path, const QJsonObject &body);
    static ApiRequest del(const QString &path);
};
