#pragma once

#include "ApiExchange.h"
#include "EventLog.h"
#include "OrgStore.h"
#include "Router.h"
#include "ScimStore.h"
#include "SharedControls.h"
#include "WriteEvents.h"

#include <QAbstractHttpServer>
#include <QPointer>

#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace sandbox {

// The HTTP side, on the server thread: records each request, applies injected faults, the
// rate limit and the key check, routes, records successful writes in the audit log, and writes
// the answer now or after the latency.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpFrontend(std::shared_ptr<SharedControls> controls, OrgData data, EventLog events,
                 ScimData scim, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiRequest toApiRequest(const QHttpServerRequest &request, QTcpSocket *socket) const;
    ApiResponse answer(ApiRequest &request);
    ApiResponse dispatchAndRecord(ApiRequest &request, KeyRing::Kind key);
    // /scim/directory/{id}/...: the directory's own SCIM key opens it, no other key does.
    ApiResponse answerScim(ApiRequest &request);
    void deliver(std::shared_ptr<QHttpServerResponder> responder, QPointer<QTcpSocket> socket,
                 ApiResponse response, int delayMs);
    void drop(QPointer<QTcpSocket> socket, int delayMs);
    static void write(QHttpServerResponder &responder, const ApiResponse &response);

    std::shared_ptr<SharedControls> m_controls;
    OrgStore m_store;
    ScimStore m_scim; // refers to m_store
    std::shared_ptr<EventLog> m_events;
    WriteEvents m_writeEvents;
    Router m_router;
    // Answers waiting out the latency. Each holds a responder that refers to its socket and
    // request: as a member, they go before the base class's sockets do when the server stops.
    QObject m_delayedAnswers;
};

} // namespace sandbox
