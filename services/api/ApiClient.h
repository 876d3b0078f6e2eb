#pragma once

#include "ApiCallLog.h"
#include "ApiReply.h"
#include "RateLimitGate.h"
#include "RetryPolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// One client per connection: base URL, the bearer key, common headers, a bounded number of
// calls in flight, retries of reads, and a pause of the whole client while a rate limit lasts.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *defaultBaseUrl = "https://api.atlassian.com";

    explicit ApiClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ~ApiClient() override;

    // https:// anywhere, http:// only on loopback (the sandbox).
    static bool isAllowedBaseUrl(const QUrl &url);

    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // The key goes only to paths under this prefix ("/scim/directory/ID/" for a SCIM directory
    // key): a request elsewhere is refused, a redirect elsewhere is not followed. Empty: any path
    // of the base URL's origin.
    void setKeyPathPrefix(const QString &prefix) { m_keyPathPrefix = prefix; }
    void setRetryPolicy(const RetryPolicy &policy);
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setClock(RateLimitGate::Clock clock);

    // Queues the call; the reply finishes exactly once, and deletes itself afterwards.
    ApiReply *send(const ApiRequest &request);

    ApiCallLog *callLog() const { return m_log; }
    int requestsInFlight() const { return int(m_running.size()); }
    int requestsQueued() const { return int(m_queue.size()); }
    bool isPaused() const { return m_pauseTimer.isActive(); }

    // The full URL a request goes to (also used for "show the API call").
    QUrl urlFor(const ApiRequest &request) const;

Q_SIGNALS:
    void activityChanged(int inFlight, int queued);
    void rateLimitPause(qint64 milliseconds);
    void callFailed(const ApiError &error);

private:
    struct Pending
    {
        QPointer<ApiReply> reply;
        int transientRetries = 0;
        int rateLimitWaits = 0;
    };
    struct Running
    {
        Pending pending;
        QNetworkReply *networkReply = nullptr;
        QElapsedTimer elapsed;
        QDateTime startedAt;
    };

    void dispatch();
    void start(Pending pending);
    void watchTransport(QNetworkReply *networkReply);
    bool isKeyAllowedAt(const QUrl &url) const;
    void saySentWhenOut(ApiReply *reply, QNetworkReply *networkReply);
    void onNetworkFinished(QNetworkReply *networkReply);
    void handleAnswer(Running running, QNetworkReply *networkReply);
    void retryLater(Pending pending, qint64 delayMs);
    void pauseFor(qint64 milliseconds);
    void finishReply(const Pending &pending, int status, const QByteArray &body,
                     const QList<QPair<QByteArray, QByteArray>> &headers, const ApiError &error);
    void logCall(const Running &running, int status, const ApiError &error);
    void abortReply(ApiReply *reply);
    void emitActivity();

    QUrl m_baseUrl;
    QString m_apiKey;
    QString m_keyPathPrefix;
    RetryPolicy m_policy;
    RateLimitGate::Clock m_clock;
    RateLimitGate m_gate;
    QNetworkAccessManager *m_network;
    ApiCallLog *m_log;
    QList<Pending> m_queue;
    QList<Running> m_running;
    QTimer m_pauseTimer;
    QDateTime m_nextAllowedStart;
};
