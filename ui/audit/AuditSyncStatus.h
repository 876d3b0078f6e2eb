#pragma once

#include "ApiError.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class AuditArchive;
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
    AuditSyncStatus(AuditSync *sync, const AuditArchive *archive, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    ApiError lastError() const { return m_error; }
    // The archive's numbers changed (a page stored): said again.
    void update();

    // "412,003 events from 3 Mar 2025 to today · 310 MB".
    static QString spanText(qint64 events, qint64 oldestMs, qint64 newestMs, qint64 bytes,
                            const QDateTime &now);
    // "Last synced 2 minutes ago", "Never synced".
    static QString lastSyncedText(qint64 lastSyncedMs, const QDateTime &now);

private:
    void onStarted();
    void onProgress(qint64 stored, qint64 newestMs);
    void onFinished(qint64 stored, const ApiError &error, bool cancelled);

    AuditSync *m_sync;
    const AuditArchive *m_archive;
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
};
