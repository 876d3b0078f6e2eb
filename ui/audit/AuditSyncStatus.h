#pragma once

#include "ApiError.h"
#include "AuditArchive.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class AuditSync;
class QLabel;
class QProgressBar;
class QPushButton;

// The Audit log's status line: how fresh the archive is and what it holds ("Last synced 2
// minutes ago · 412,003 events from 3 Mar 2025 to today · 310 MB"), the sync's progress with
// Cancel while it runs (a backfill shows how far back in time it has come), and why the last
// sync failed, in words, while the archive stays on screen.
class AuditSyncStatus : public QWidget
{
    Q_OBJECT

public:
    // The archive's numbers are read on a worker thread, from the organization's database in
    // `databaseFolder` (empty: OrgDatabase's default); `archive` says whether it could be opened.
    AuditSyncStatus(AuditSync *sync, const AuditArchive *archive, const QString &orgId,
                    const QString &databaseFolder, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    ApiError lastError() const { return m_error; }
    // Reads the archive's numbers again (in the background) and says them.
    void update();
    // Events in the archive, unfiltered, as of the last update().
    qint64 archivedEvents() const { return m_archived; }

    // "412,003 events from 3 Mar 2025 to today · 310 MB".
    static QString spanText(qint64 events, qint64 oldestMs, qint64 newestMs, qint64 bytes,
                            const QDateTime &now);
    // "Last synced 2 minutes ago", "Never synced".
    static QString lastSyncedText(qint64 lastSyncedMs, const QDateTime &now);

Q_SIGNALS:
    // The archive's numbers are in (archivedEvents()).
    void archiveRead();

private:
    void onStarted();
    void onProgress(qint64 stored, qint64 newestMs);
    void onFinished(qint64 stored, const ApiError &error, bool cancelled);
    void applyColor();
    void showText();

    AuditSync *m_sync;
    const AuditArchive *m_archive;
    QString m_orgId;
    QString m_folder;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTimer m_minute; // "2 minutes ago" moves on
    QTimer m_progressDelay;
    ApiError m_error;
    QString m_outcome; // how the last run ended, when worth saying
    bool m_backfill = false;
    qint64 m_stored = 0;
    qint64 m_newestMs = 0;
    qint64 m_backfillFromMs = 0;
    qint64 m_archived = 0;
    AuditArchive::Span m_span; // as of the last reading
    bool m_spanRead = false;
    QObject *m_reading = nullptr; // the reading in flight: a newer one replaces it
};
