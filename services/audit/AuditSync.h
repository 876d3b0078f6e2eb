#pragma once

#include "ApiError.h"
#include "ApiResult.h"
#include "AuditEvent.h"
#include "AuditSyncWriter.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class ApiClient;
class ApiReply;
class EventsService;
class QThread;

// Brings an organization's archive up to date from the events stream: the first run backfills
// everything the server still keeps, later runs fetch only what was processed since the stored
// cursor. Pages are written on a worker thread (each page with its cursor in one transaction),
// so the window never waits on the disk. One sync at a time per archive; cancel() stops after
// the page in hand is stored.
class AuditSync : public QObject
{
    Q_OBJECT

public:
    // `databaseFolder` empty: OrgDatabase's default.
    AuditSync(ApiClient *client, const QString &orgId, const QString &databaseFolder = QString(),
              QObject *parent = nullptr);
    ~AuditSync() override;

    void start();
    void cancel();
    bool isRunning() const;

    // Syncs every `minutes` while it lives (0: only when start() is called).
    void setInterval(int minutes);
    // Keeps the archive's events for this many days (0: forever); applied after each sync.
    void setRetentionDays(int days);
    // Events asked for per page (the stream's maximum, 500, by default).
    void setPageSize(int events);

Q_SIGNALS:
    void started();
    // `stored` events so far in this run; `newestMs` the event time of the last page's newest.
    void progress(qint64 stored, qint64 newestMs);
    // The run ended: caught up (error empty), cancelled, or stopped by `error`; what was stored
    // before stays stored.
    void finished(qint64 stored, const ApiError &error, bool cancelled);

private:
    template <typename Call> void post(Call call);
    void fetchIfRoom();
    void onPage(const QString &afterCursor, const ApiResult<EventStreamText> &result);
    void writeQueued();
    void onStored(int stored, qint64 newestMs, const QString &error);
    void finishIfDone();

    std::unique_ptr<EventsService> m_service;
    QThread *m_thread;
    AuditSyncWriter *m_writer; // lives on m_thread
    QTimer m_timer;
    int m_retentionDays = 0;
    int m_pageSize = 500;

    // The run in progress.
    bool m_running = false;
    bool m_cancelled = false;
    bool m_caughtUp = false;
    bool m_pruning = false;
    bool m_pruned = false;
    // Pages fetched and not stored yet: `m_queued` waits for the writer, which has
    // `m_writing` pages in hand. The next page is asked for as soon as its cursor is known,
    // while earlier ones are written, as long as the pages not stored stay few.
    QList<AuditSyncWriter::PageText> m_queued;
    qsizetype m_writing = 0;
    qint64 m_stored = 0;
    QString m_nextCursor;
    QPointer<ApiReply> m_reply;
    ApiError m_error;
};
