#include "HttpFrontend.h"

#include "ApiErrors.h"
#include "EventRoutes.h"
#include "Routes.h"
#include "ScimErrors.h"
#include "ScimRoutes.h"
#include "ScopeRules.h"
#include "Timestamps.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace sandbox {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

// QHttpServerResponder 6.4 looks the reason phrase up with std::map::at: an unlisted status
// would throw. These are the codes its StatusCode enumeration lists.
bool isListedStatus(int status)
{
    return (status >= 100 && status <= 102) || (status >= 200 && status <= 208) || status == 226 ||
           (status >= 300 && status <= 305) || status == 307 || status == 308 ||
           (status >= 400 && status <= 418) || (status >= 421 && status <= 424) || status == 426 ||
           status == 428 || status == 429 || status == 431 || status == 451 ||
           (status >= 500 && status <= 508) || status == 510 || status == 511 || status == 599;
}

void addRateLimitHeaders(ApiResponse &response, const RateLimiter::Decision &decision)
{
    // A route with a limit of its own (GET /events) has set its headers already.
    const bool ownLimit =
        std::any_of(response.headers.cbegin(), response.headers.cend(),
                    [](const auto &header) { return header.first == "X-RateLimit-Limit"; });
    if (!decision.limited || ownLimit)
        return;
    response.headers.append({"X-RateLimit-Limit", QByteArray::number(decision.limit)});
    response.headers.append({"X-RateLimit-Remaining", QByteArray::number(decision.remaining)});
    response.headers.append({"X-RateLimit-Reset", isoMillisFromMs(decision.resetMs).toUtf8()});
}

// The body with a string where its list is: the first array member of the top-level object
// ("data" first), or the whole body when it holds no list.
QByteArray withWrongShape(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue text(QStringLiteral("not a list"));
    if (!document.isObject())
        return QByteArrayLiteral("\"not a list\"");
    QJsonObject object = document.object();
    QString member = QStringLiteral("data");
    if (!object.value(member).isArray()) {
        const QStringList keys = object.keys();
        const auto list = std::find_if(keys.cbegin(), keys.cend(), [&](const QString &key) {
            return object.value(key).isArray();
        });
        if (list == keys.cend())
            return QByteArrayLiteral("\"not an object\"");
        member = *list;
    }
    object.insert(member, text);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Applies a fault that garbles a real answer's body (the request was acted on). The status
// stays the real one: a refusal garbled into a 200 would tell the client a change was made.
void garble(ApiResponse &response, FaultRule::Kind kind)
{
    const bool emptyBody = response.body.isEmpty();
    if (response.status == 204)
        response.status = 200; // a 204 carries no body to garble
    response.contentType = "application/json";
    if (kind == FaultRule::NotJson) {
        response.body = "<html><body>Bad gateway</body></html>";
    } else if (kind == FaultRule::WrongShape) {
        response.body = withWrongShape(emptyBody ? QByteArray("{\"data\":[]}") : response.body);
    } else {
        if (emptyBody)
            response.body = "{\"data\":[";
        response.body.truncate(qMax<qsizetype>(1, response.body.size() / 2));
    }
}

} // namespace

HttpFrontend::HttpFrontend(std::shared_ptr<SharedControls> controls, OrgData data, EventLog events,
                           ScimData scim, QObject *parent)
    : QAbstractHttpServer(parent), m_controls(std::move(controls)), m_store(std::move(data)),
      m_scim(m_store, std::move(scim)), m_events(std::make_shared<EventLog>(std::move(events))),
      m_writeEvents(m_store, m_events, m_controls->events)
{
    addAllRoutes(m_router, m_store);
    addEventRoutes(m_router, m_store, m_events, m_controls->events);
    addScimRoutes(m_router, m_scim);
}

ApiRequest HttpFrontend::toApiRequest(const QHttpServerRequest &request, QTcpSocket *socket) const
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    api.headers = request.headers();
    api.body = request.body();
    const QByteArray host = api.header("Host");
    api.origin = host.isEmpty() ? QStringLiteral("http://127.0.0.1:%1").arg(socket->localPort())
                                : QStringLiteral("http://") + QString::fromLatin1(host);
    return api;
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest api = toApiRequest(request, socket);
    m_controls->log.append({api.method, api.path, api.query, api.headers, api.body});

    const QPointer<QTcpSocket> guard(socket);
    const std::optional<FaultRule> fault = m_controls->faults.take(api.method, api.path);
    const int delay = qMax(0, m_controls->latencyMs.load()) + (fault ? qMax(0, fault->delayMs) : 0);
    if (fault && fault->kind == FaultRule::DropConnection) {
        if (fault->applyBeforeDrop)
            answer(api);
        drop(guard, fault->delayMs);
        return true;
    }

    ApiResponse response;
    if (fault && fault->kind == FaultRule::Status) {
        response = scimroutes::isScimPath(api.path)
                       ? scimErrors::forStatus(fault->status, fault->retryAfter)
                       : errors::forStatus(fault->status, fault->retryAfter);
        if (fault->rateLimitResetMs >= 0)
            response.headers.append(
                {"X-RateLimit-Reset",
                 isoMillisFromMs(QDateTime::currentMSecsSinceEpoch() + fault->rateLimitResetMs)
                     .toUtf8()});
    } else if (fault && fault->kind == FaultRule::Redirect) {
        response = ApiResponse::empty(fault->status);
        response.contentType.clear();
        response.headers.append({"Location", fault->location});
    } else {
        response = answer(api);
        if (fault && (fault->kind == FaultRule::MalformedBody ||
                      fault->kind == FaultRule::NotJson || fault->kind == FaultRule::WrongShape))
            garble(response, fault->kind);
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    deliver(std::move(responder), guard, std::move(response), delay);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers every request; this only satisfies the interface.
    auto responder = makeResponder(request, socket);
    write(responder, errors::routeNotFound(methodName(request.method()), request.url().path()));
}

ApiResponse HttpFrontend::answer(ApiRequest &request)
{
    if (request.path.startsWith(QLatin1String("/sandbox/")))
        return m_router.dispatch(request); // sandbox helpers (avatars): no key, no limit

    const QByteArray authorization = request.header("Authorization");
    const RateLimiter::Decision limit =
        m_controls->rateLimiter.take(authorization, QDateTime::currentMSecsSinceEpoch());
    ApiResponse response;
    const auto key = m_controls->keys.check(authorization);
    if (!limit.allowed)
        response = errors::tooManyRequests(limit.retryAfterSeconds);
    else if (scimroutes::isScimPath(request.path))
        response = answerScim(request);
    else if (!key)
        response = errors::unauthorized();
    else if (*key == KeyRing::Kind::Scoped && scopeRefusal(request) != ScopeRefusal::None)
        response = scopeRefusal(request) == ScopeRefusal::UserManagement
                       ? errors::scopedKeyForbidden()
                       : errors::scopeDoesNotAllow();
    else
        response = dispatchAndRecord(request, *key);
    addRateLimitHeaders(response, limit);
    return response;
}

ApiResponse HttpFrontend::dispatchAndRecord(ApiRequest &request, KeyRing::Kind key)
{
    std::optional<WriteEvents::Pending> pending = m_writeEvents.prepare(request);
    ApiResponse response = m_router.dispatch(request);
    if (pending && response.status >= 200 && response.status < 300)
        m_writeEvents.record(std::move(*pending), request, response,
                             m_controls->keys.order(request.header("Authorization")),
                             key == KeyRing::Kind::Scoped);
    return response;
}

ApiResponse HttpFrontend::answerScim(ApiRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    const int directory = m_scim.directoryIndex(scimroutes::directorySegment(request.path));
    if (m_scim.keyOpens(directory, authorization))
        return m_router.dispatch(request);
    // A SCIM key learns that the directory does not exist; any other caller only that it may
    // not ask.
    if (directory < 0 && m_scim.isScimKey(authorization))
        return scimErrors::notFound(QStringLiteral("Directory %1 does not exist.")
                                        .arg(scimroutes::directorySegment(request.path)));
    return scimErrors::unauthorized();
}

void HttpFrontend::deliver(std::shared_ptr<QHttpServerResponder> responder,
                           QPointer<QTcpSocket> socket, ApiResponse response, int delayMs)
{
    if (delayMs <= 0) {
        write(*responder, response);
        return;
    }
    auto *timer = new QTimer(&m_delayedAnswers);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, timer, [timer, responder, socket, response] {
        // The client may have given up and closed the connection meanwhile.
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*responder, response);
        timer->deleteLater();
    });
    timer->start(delayMs);
}

void HttpFrontend::drop(QPointer<QTcpSocket> socket, int delayMs)
{
    // Never abort inside handleRequest: the server still uses the socket after it returns.
    QTimer::singleShot(qMax(0, delayMs), this, [socket] {
        if (socket)
            socket->abort();
    });
}

void HttpFrontend::write(QHttpServerResponder &responder, const ApiResponse &response)
{
    const int status = isListedStatus(response.status) ? response.status : 500;
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

} // namespace sandbox
