#pragma once

#include "ApiRequest.h"
#include "ApiResult.h"
#include "AuditEvent.h"

#include <QStringList>

class ApiClient;

// The audit log routes (CATALOG §1.6, §9.1). A 403 here means the key lacks `read:events:admin`
// or the organization has no Atlassian Guard subscription: the error's sentence names both.
class EventsService
{
public:
    EventsService(ApiClient *client, QString orgId);

    static constexpr int defaultStreamLimit = 200;
    static constexpr int maxStreamLimit = 500;

    QString orgId() const { return m_orgId; }

    // GET .../events-stream, oldest processed first (sortOrder=asc). An empty cursor starts at
    // the oldest event the server still keeps; `limit` 0 is the server's default (200), at most
    // 500. The page's next cursor is meta.next, else the cursor in links.next.
    ApiReply *streamPage(const QString &cursor, int limit, const QObject *context,
                         ApiCallback<EventStreamPage> callback) const;

    // The same page with its events left as text, for a worker thread to parse (AuditSync): on
    // this thread only the cursor is read. A body that is not an object with a `data` array is
    // a bad response; the events' own text is checked by whoever parses it.
    ApiReply *streamText(const QString &cursor, int limit, const QObject *context,
                         ApiCallback<EventStreamText> callback) const;

    // GET .../events: the server's own search (10 requests a minute). Newest first.
    struct Search
    {
        QString text;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QStringList actions;
        QStringList actors;
        QStringList ips;
        QStringList products;
        int limit = 100;
    };
    ApiReply *search(const Search &search, const QString &cursor, const QObject *context,
                     ApiCallback<EventStreamPage> callback) const;

    ApiReply *event(const QString &eventId, const QObject *context,
                    ApiCallback<AuditEvent> callback) const;
    ApiReply *actions(const QObject *context, ApiCallback<QList<EventAction>> callback) const;

private:
    QString path(const QString &tail) const;
    ApiRequest streamRequest(const QString &cursor, int limit) const;

    ApiClient *m_client;
    QString m_orgId;
};
