#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>

// One call's outcome. The ApiClient owns the sending (queueing, retries, rate-limit pauses) and
// finishes the reply exactly once; the reply deletes itself after `finished` has been delivered.
// Receivers connect with a context object, so a closed pane never gets a late answer.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QByteArray &body() const { return m_body; }
    QJsonDocument json() const;
    QByteArray rawHeader(const QByteArray &name) const;
    int attempts() const { return m_attempts; }

    // Stops the call; `finished` is still emitted, with a Cancelled error.
    void abort();

Q_SIGNALS:
    void finished();
    // The request is out of this thread's hands (Qt starts it from the event loop, and its
    // network thread asks this thread for a body): work done now no longer holds it up.
    void sent();
    void abortRequested();

private:
    friend class ApiClient;
    explicit ApiReply(const ApiRequest &request, QObject *parent);
    void finish(int httpStatus, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers, const ApiError &error);

    ApiRequest m_request;
    bool m_finished = false;
    bool m_aborted = false;
    int m_httpStatus = 0;
    int m_attempts = 0;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    ApiError m_error;
};
