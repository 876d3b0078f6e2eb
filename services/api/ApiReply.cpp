#include "ApiReply.h"

ApiReply::ApiReply(const ApiRequest &request, QObject *parent) : QObject(parent), m_request(request)
{}

QJsonDocument ApiReply::json() const
{
    return QJsonDocument::fromJson(m_body);
}

QByteArray ApiReply::rawHeader(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

void ApiReply::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    Q_EMIT abortRequested();
}

void ApiReply::finish(int httpStatus, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers, const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_httpStatus = httpStatus;
    m_body = body;
    m_headers = headers;
    m_error = error;
    Q_EMIT finished();
    deleteLater();
}
