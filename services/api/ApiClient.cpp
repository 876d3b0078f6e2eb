#include "ApiClient.h"

#include "OneShotBody.h"
#include "SecretGuard.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace ApiClientProperty {
const char *const refusedRedirect = "orgdeskRefusedRedirect";
const char *const sslErrors = "orgdeskSslErrors";
} // namespace ApiClientProperty

namespace {

QDateTime systemClock()
{
    return QDateTime::currentDateTimeUtc();
}

QByteArray userAgent()
{
    return QByteArrayLiteral("Orgdesk/" ORGDESK_VERSION " (Qt " QT_VERSION_STR ")");
}

RateLimitGate::Headers rateLimitHeaders(const QNetworkReply *reply)
{
    return {reply->rawHeader("Retry-After"), reply->rawHeader("X-RateLimit-Limit"),
            reply->rawHeader("X-RateLimit-Remaining"), reply->rawHeader("X-RateLimit-Reset")};
}

// The scheme, host and port: a redirect elsewhere would carry the key to someone else.
bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

// What a network reply that ended without an HTTP status says went wrong.
ApiError transportError(QNetworkReply *reply)
{
    const QUrl refusedRedirect = reply->property(ApiClientProperty::refusedRedirect).toUrl();
    if (refusedRedirect.isValid())
        return ApiError::redirected(refusedRedirect.toDisplayString(QUrl::RemoveQuery));
    const auto sslErrors = reply->property(ApiClientProperty::sslErrors).value<QList<QSslError>>();
    if (reply->error() == QNetworkReply::SslHandshakeFailedError || !sslErrors.isEmpty()) {
        const QString detail =
            sslErrors.isEmpty() ? reply->errorString() : sslErrors.first().errorString();
        return ApiError::certificate(reply->url().host(), certificateProblemOf(sslErrors), detail);
    }
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return ApiError::timeout();
    return ApiError::network(reply->errorString());
}

bool isJsonOrEmpty(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return true;
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

// A read is safe to send again whatever happened to its answer. A POST to .../search reads too.
bool isRead(const ApiRequest &request)
{
    return request.verb == "GET" || request.verb == "HEAD" ||
           (request.verb == "POST" && request.path.endsWith(QLatin1String("/search")));
}

} // namespace

ApiClient::ApiClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent), m_baseUrl(baseUrl), m_clock(systemClock), m_gate(m_policy, m_clock),
      m_network(new QNetworkAccessManager(this)), m_log(new ApiCallLog(this))
{
    // Qt's own policies follow a redirect to any https host with every header, the key too:
    // each redirect is checked in follow() instead.
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, &ApiClient::dispatch);
    connect(m_network, &QNetworkAccessManager::finished, this, &ApiClient::onNetworkFinished);
}

ApiClient::~ApiClient()
{
    // Late replies must not reach a half-destroyed client.
    disconnect(m_network, nullptr, this, nullptr);
}

bool ApiClient::isAllowedBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

void ApiClient::setApiKey(const QString &key)
{
    m_apiKey = key;
    m_log->setSecret(key);
    SecretGuard::hideInMessages(key);
}

void ApiClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_gate = RateLimitGate(m_policy, m_clock);
}

void ApiClient::setClock(RateLimitGate::Clock clock)
{
    m_clock = std::move(clock);
    m_gate = RateLimitGate(m_policy, m_clock);
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    if (request.absoluteUrl.isValid())
        return request.absoluteUrl;
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    url.setQuery(request.query);
    return url;
}

ApiReply *ApiClient::send(const ApiRequest &request)
{
    auto *reply = new ApiReply(request, this);
    connect(reply, &ApiReply::abortRequested, this, [this, reply] { abortReply(reply); });
    const QUrl url = urlFor(request);
    // A "next" link must stay on the connection's own host: the key never goes anywhere else.
    const bool sameHost = url.host() == m_baseUrl.host() && url.port() == m_baseUrl.port() &&
                          url.scheme() == m_baseUrl.scheme();
    if (!isAllowedBaseUrl(url) || !sameHost || !isKeyAllowedAt(url)) {
        const ApiError error = ApiError::badResponse(
            tr("refused to send the key to %1").arg(url.toDisplayString(QUrl::RemoveQuery)));
        QTimer::singleShot(0, reply,
                           [this, reply, error] { finishReply({reply}, 0, {}, {}, error); });
        return reply;
    }
    m_queue.append({reply});
    emitActivity();
    // Started now, not once the caller's handler has returned: a pager that asks for the next
    // page before it reads the one it has lets the server work while this side reads.
    dispatch();
    return reply;
}

void ApiClient::dispatch()
{
    if (m_pauseTimer.isActive())
        return;
    while (!m_queue.isEmpty() && m_running.size() < m_policy.maxConcurrentRequests) {
        const QDateTime now = m_clock();
        if (m_nextAllowedStart.isValid() && now < m_nextAllowedStart) {
            pauseFor(now.msecsTo(m_nextAllowedStart));
            return;
        }
        Pending pending = m_queue.takeFirst();
        if (pending.reply && !pending.reply->isFinished())
            start(pending);
    }
    emitActivity();
}

void ApiClient::start(Pending pending)
{
    const ApiRequest &request = pending.reply->request();
    QNetworkRequest networkRequest(urlFor(request));
    networkRequest.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (request.hasBody)
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/json"));
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    networkRequest.setTransferTimeout(m_policy.transferTimeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::UserVerifiedRedirectPolicy);

    Running running;
    running.pending = pending;
    running.startedAt = m_clock();
    running.elapsed.start();
    if (request.idempotent) {
        running.networkReply =
            m_network->sendCustomRequest(networkRequest, request.verb, request.body);
    } else {
        // Sent at most once: Qt would send it again by itself after a dropped connection.
        auto *body = new OneShotBody(request.body);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        running.networkReply = m_network->sendCustomRequest(networkRequest, request.verb, body);
        body->setParent(running.networkReply);
    }
    watchTransport(running.networkReply);
    saySentWhenOut(pending.reply, running.networkReply);
    m_running.append(running);
}

void ApiClient::saySentWhenOut(ApiReply *reply, QNetworkReply *networkReply)
{
    const QPointer<ApiReply> guard(reply);
    if (reply->request().body.isEmpty()) {
        // Queued behind Qt's own start of the request.
        QMetaObject::invokeMethod(
            networkReply,
            [guard] {
                if (guard)
                    Q_EMIT guard->sent();
            },
            Qt::QueuedConnection);
        return;
    }
    connect(networkReply, &QNetworkReply::uploadProgress, networkReply,
            [guard](qint64 done, qint64 total) {
                if (guard && done == total)
                    Q_EMIT guard->sent();
            });
}

void ApiClient::watchTransport(QNetworkReply *networkReply)
{
    // By the time `redirected` arrives the reply already names the new URL: compare with the
    // address the request was sent to.
    const QUrl sentTo = networkReply->url();
    connect(networkReply, &QNetworkReply::redirected, this,
            [this, networkReply, sentTo](const QUrl &target) {
                const QUrl next = sentTo.resolved(target);
                if (isSameOrigin(sentTo, next) && isKeyAllowedAt(next)) {
                    Q_EMIT networkReply->redirectAllowed();
                    return;
                }
                networkReply->setProperty(ApiClientProperty::refusedRedirect, next);
                networkReply->abort();
            });
    // Never ignored: the reply fails with SslHandshakeFailedError, and these say why.
    connect(networkReply, &QNetworkReply::sslErrors, this,
            [networkReply](const QList<QSslError> &errors) {
                networkReply->setProperty(ApiClientProperty::sslErrors,
                                          QVariant::fromValue(errors));
            });
}

bool ApiClient::isKeyAllowedAt(const QUrl &url) const
{
    if (m_keyPathPrefix.isEmpty())
        return true;
    QString basePath = m_baseUrl.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // Decoded and normalised, so that "/scim/directory/A/../../admin" does not pass as under A.
    const QString path = url.adjusted(QUrl::NormalizePathSegments).path();
    return path.startsWith(basePath + m_keyPathPrefix);
}

void ApiClient::onNetworkFinished(QNetworkReply *networkReply)
{
    networkReply->deleteLater();
    for (qsizetype i = 0; i < m_running.size(); ++i) {
        if (m_running.at(i).networkReply == networkReply) {
            handleAnswer(m_running.takeAt(i), networkReply);
            break;
        }
    }
    dispatch();
}

void ApiClient::handleAnswer(Running running, QNetworkReply *networkReply)
{
    Pending &pending = running.pending;
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = networkReply->isOpen() ? networkReply->readAll() : QByteArray();
    const auto headers = networkReply->rawHeaderPairs();
    const RateLimitGate::Headers limits = rateLimitHeaders(networkReply);

    ApiError error;
    if (pending.reply && pending.reply->m_aborted) {
        error = ApiError::cancelled();
    } else if (status == 0 ||
               networkReply->property(ApiClientProperty::refusedRedirect).isValid()) {
        error = transportError(networkReply);
    } else if (status >= 200 && status < 300) {
        const bool checked = !pending.reply || !pending.reply->request().bodyReadByCaller;
        if (checked && !isJsonOrEmpty(body))
            error = ApiError::badResponse(tr("the body is not JSON"));
    } else {
        error = ApiError::fromHttp(status, body, networkReply->url().path());
    }
    logCall(running, status, error);
    if (!pending.reply)
        return;

    const qint64 spacing = m_gate.spacingFor(limits, requestsInFlight());
    if (spacing > 0)
        m_nextAllowedStart = m_clock().addMSecs(spacing);

    if (error.kind() == ApiError::Kind::RateLimited &&
        pending.rateLimitWaits < m_policy.maxRateLimitWaits) {
        ++pending.rateLimitWaits;
        const qint64 wait = m_gate.waitAfterRateLimit(limits, pending.rateLimitWaits);
        m_queue.prepend(pending);
        pauseFor(wait);
        Q_EMIT rateLimitPause(wait);
        return;
    }
    // A read answered 2xx with a body that is not JSON (cut short by a proxy, an HTML error
    // page) is tried again like a 5xx. A write that was answered 2xx took: it is not sent again.
    const bool unreadableRead = error.kind() == ApiError::Kind::BadResponse && status >= 200 &&
                                status < 300 && isRead(pending.reply->request());
    if ((error.isTransient() || unreadableRead) && pending.reply->request().idempotent &&
        pending.transientRetries < m_policy.maxTransientRetries) {
        ++pending.transientRetries;
        retryLater(pending, m_gate.backoff(pending.transientRetries));
        return;
    }
    finishReply(pending, status, body, headers, error);
}

void ApiClient::retryLater(Pending pending, qint64 delayMs)
{
    QTimer::singleShot(delayMs, this, [this, pending] {
        if (pending.reply && !pending.reply->isFinished()) {
            m_queue.prepend(pending);
            dispatch();
        }
    });
}

void ApiClient::pauseFor(qint64 milliseconds)
{
    const qint64 remaining = m_pauseTimer.isActive() ? m_pauseTimer.remainingTime() : 0;
    m_pauseTimer.start(int(std::max(remaining, milliseconds)));
    emitActivity();
}

void ApiClient::finishReply(const Pending &pending, int status, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers,
                            const ApiError &error)
{
    if (!pending.reply)
        return;
    pending.reply->m_attempts = 1 + pending.transientRetries + pending.rateLimitWaits;
    if (error.isError() && error.kind() != ApiError::Kind::Cancelled)
        Q_EMIT callFailed(error);
    pending.reply->finish(status, body, headers, error);
    emitActivity();
}

void ApiClient::logCall(const Running &running, int status, const ApiError &error)
{
    if (!running.pending.reply)
        return;
    const ApiRequest &request = running.pending.reply->request();
    ApiCallRecord record;
    record.startedAt = running.startedAt;
    record.verb = request.verb;
    record.url = urlFor(request).toString();
    record.requestBody = request.body;
    record.httpStatus = status;
    record.durationMs = running.elapsed.elapsed();
    record.attempt = 1 + running.pending.transientRetries + running.pending.rateLimitWaits;
    record.outcome = error.isError() ? error.detailedMessage() : QString();
    m_log->record(record);
}

void ApiClient::abortReply(ApiReply *reply)
{
    for (const Running &running : std::as_const(m_running)) {
        if (running.pending.reply == reply) {
            running.networkReply->abort(); // handleAnswer sees the abort and finishes it
            return;
        }
    }
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).reply == reply) {
            m_queue.removeAt(i);
            break;
        }
    }
    finishReply({reply}, 0, {}, {}, ApiError::cancelled());
}

void ApiClient::emitActivity()
{
    Q_EMIT activityChanged(requestsInFlight(), requestsQueued());
}
