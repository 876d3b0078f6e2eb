#pragma once

#include "ApiError.h"

#include <QObject>
#include <QString>

class ApiClient;

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

Q_SIGNALS:
    void started();
    // `stored` events so far in this run; `newestMs` the event time of the last page's newest.
    void progress(qint64 stored, qint64 newestMs);
    // The run ended: caught up (error empty), cancelled, or stopped by `error`; what was stored
    // before stays stored.
    void finished(qint64 stored, const ApiError &error, bool cancelled);
};
