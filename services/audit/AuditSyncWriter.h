#pragma once

#include "AuditEvent.h"

#include <QObject>
#include <QString>

#include <memory>

class AuditArchive;
class OrgDatabase;

// The disk side of an AuditSync, living on the sync's worker thread with its own connection to
// the organization's database: the window's thread never waits on a write. Its calls come as
// queued lambdas (AuditSync posts them), its answers as queued signals.
class AuditSyncWriter : public QObject
{
    Q_OBJECT

public:
    AuditSyncWriter(QString orgId, QString folder);
    ~AuditSyncWriter() override;

    // A page of the stream as the server sent it: parsed here, on the worker thread.
    struct PageText
    {
        QString afterCursor; // the cursor it was asked for with
        QByteArray events;   // its `data` array
        QString nextCursor;
    };

    void readCursor();
    // Pages that follow each other in the stream, stored in one transaction with the last
    // page's cursor, and only if the first one follows the stored cursor.
    void storePages(const QList<PageText> &pages, qint64 nowMs);
    void storeActions(const QList<EventAction> &actions);
    // Removes events older than `days` (0: none), then copies the WAL into the database and
    // empties it: an archive at rest takes its own size on disk and no more.
    void prune(int days, qint64 nowMs);

Q_SIGNALS:
    void cursorRead(const QString &cursor, const QString &error);
    // `stored` new events (-1: the write failed, `error` says why), the pages' newest event time.
    void pagesStored(int stored, qint64 newestMs, const QString &error);
    void pruned(int removed);

private:
    AuditArchive *archive(QString *error);

    QString m_orgId;
    QString m_folder;
    std::unique_ptr<OrgDatabase> m_database;
    std::unique_ptr<AuditArchive> m_archive;
};
