#include "SpecContract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace {

// API families with no published OpenAPI document (api/README.md): DLP, Admin control, API
// access, and the SCIM admin helpers that came after the 2022 SCIM document. CATALOG.md is the
// reference there; their answers are checked for status and for being JSON only.
const char *const UnspecifiedPrefixes[] = {"/admin/dlp/", "/admin/control/", "/admin/api-access/",
                                           "/admin/user-provisioning/"};

// The sandbox's own helpers (avatar images): not part of any Atlassian API.
const char *const SandboxPrefix = "/sandbox/";

bool isJsonMediaType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

} // namespace

QByteArray HttpExchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpExchange sendRequest(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                         const QByteArray &body, const QString &apiKey, int timeoutMs)
{
    HttpExchange exchange{method, url, body};
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        exchange.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        reply->abort();
    } else {
        exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        exchange.headers = reply->rawHeaderPairs();
        exchange.body = reply->readAll();
        if (exchange.status == 0)
            exchange.error = reply->errorString();
    }
    reply->deleteLater();
    return exchange;
}

SpecContract::SpecContract(const SpecCatalog &catalog, bool closedObjects)
    : m_catalog(catalog), m_closedObjects(closedObjects)
{}

bool SpecContract::isUnspecified(const QString &path)
{
    for (const char *prefix : UnspecifiedPrefixes) {
        if (path.startsWith(QLatin1String(prefix)))
            return true;
    }
    return path.startsWith(QLatin1String(SandboxPrefix));
}

QStringList SpecContract::requestProblems(const QByteArray &method, const QString &path,
                                          const QByteArray &body) const
{
    const SpecOperation operation = m_catalog.find(QString::fromLatin1(method), path);
    if (!operation.isValid())
        return isUnspecified(path)
                   ? QStringList()
                   : QStringList{QStringLiteral("no operation in any spec for ") +
                                 QString::fromLatin1(method) + QLatin1Char(' ') + path};
    bool required = false;
    const QJsonValue schema =
        m_catalog.requestBody(operation, QStringLiteral("application/json"), &required);
    if (body.isEmpty())
        return required ? QStringList{operation.describe() + QStringLiteral(" requires a body")}
                        : QStringList();
    if (schema.isUndefined())
        return {operation.describe() + QStringLiteral(" takes no JSON body")};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {QStringLiteral("request body is not JSON: ") + error.errorString()};
    JsonSchemaValidator::Options options;
    options.direction = JsonSchemaValidator::Direction::Request;
    options.closedObjects = true; // our own requests: never send what the spec does not know
    options.partial = operation.method == QLatin1String("PATCH");
    const QJsonValue instance =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    return operation.spec->validator.validate(instance, schema, options);
}

QStringList SpecContract::responseProblems(const HttpExchange &exchange) const
{
    if (!exchange.error.isEmpty())
        return {QStringLiteral("no answer: ") + exchange.error};
    // Encoded: a %2F inside a segment (a resource ARI) stays inside that segment.
    const QString path = exchange.url.path(QUrl::FullyEncoded);
    const QByteArray contentType = exchange.header("Content-Type");
    const SpecOperation operation = m_catalog.find(QString::fromLatin1(exchange.method), path);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.body, &parseError);
    const QString notJson = QStringLiteral("%1 answer is not JSON (%2): %3")
                                .arg(QString::number(exchange.status), parseError.errorString(),
                                     QString::fromUtf8(exchange.body.left(200)));

    if (!operation.isValid()) {
        if (path.startsWith(QLatin1String(SandboxPrefix)))
            return exchange.body.isEmpty() ? QStringList{QStringLiteral("empty answer")}
                                           : QStringList();
        if (!isUnspecified(path))
            return {QStringLiteral("no operation in any spec for ") +
                    QString::fromLatin1(exchange.method) + QLatin1Char(' ') + path};
        if (!isJsonMediaType(contentType))
            return {QStringLiteral("Content-Type is \"%1\", not JSON")
                        .arg(QString::fromLatin1(contentType))};
        return parseError.error == QJsonParseError::NoError ? QStringList() : QStringList{notJson};
    }

    const SpecResponse response =
        m_catalog.response(operation, exchange.status, QString::fromLatin1(contentType));
    if (!response.documented)
        return {QStringLiteral("status %1 is not documented for %2")
                    .arg(exchange.status)
                    .arg(operation.describe())};
    if (response.contentTypes.isEmpty()) {
        if (exchange.body.isEmpty())
            return {};
        return {QStringLiteral("%1 of %2 documents no body, got %3 bytes")
                    .arg(response.statusKey, operation.describe())
                    .arg(exchange.body.size())};
    }
    if (response.schema.isUndefined())
        return {QStringLiteral("Content-Type \"%1\" is not documented for %2 %3 (documented: %4)")
                    .arg(QString::fromLatin1(contentType), operation.describe(), response.statusKey,
                         response.contentTypes.join(QStringLiteral(", ")))};
    if (parseError.error != QJsonParseError::NoError)
        return {notJson};
    JsonSchemaValidator::Options options;
    options.closedObjects = m_closedObjects;
    const QJsonValue instance =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    QStringList problems = operation.spec->validator.validate(instance, response.schema, options);
    for (QString &problem : problems)
        problem = operation.describe() + QLatin1Char(' ') + response.statusKey +
                  QStringLiteral(": ") + problem;
    return problems;
}
