#pragma once

#include "SpecCatalog.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// One HTTP request and its answer, as the contract test sends and checks them.
struct HttpExchange
{
    QByteArray method;
    QUrl url;
    QByteArray requestBody;

    int status = 0; // 0 when no answer came (see error)
    QString error;  // transport error or timeout; empty when an HTTP answer came
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// Sends a request with "Authorization: Bearer <apiKey>" and waits for the answer (a local
// event loop, fine in a test).
HttpExchange sendRequest(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                         const QByteArray &body, const QString &apiKey, int timeoutMs = 10000);

// Checks requests and answers against the operations of a SpecCatalog.
class SpecContract
{
public:
    // `closedObjects`: report properties the schemas do not declare (see JsonSchemaValidator).
    SpecContract(const SpecCatalog &catalog, bool closedObjects);

    // The ways a request body breaks the operation's request schema; empty when it fits.
    QStringList requestProblems(const QByteArray &method, const QString &path,
                                const QByteArray &body) const;

    // The ways an answer breaks the spec: an undocumented status or media type, a body that is
    // not JSON, or one that does not validate against the schema for that status. Paths of
    // families without a published document only need to answer JSON.
    QStringList responseProblems(const HttpExchange &exchange) const;

    // Whether the path belongs to an API family without a published document.
    static bool isUnspecified(const QString &path);

private:
    const SpecCatalog &m_catalog;
    bool m_closedObjects;
};
