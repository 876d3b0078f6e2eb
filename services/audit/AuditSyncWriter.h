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

    void readCursor();
    void storePage(const QList<AuditEvent> &events, const QString &nextCursor, qint64 nowMs);
    void storeActions(const QList<EventAction> &actions);
    void prune(int days, qint64 nowMs);

Q_SIGNALS:
    void cursorRead(const QString &cursor, const QString &error);
    // `stored` new events (-1: the write failed, `error` says why), the page's newest event time.
    void pageStored(int stored, qint64 newestMs, const QString &error);
    void pruned(int removed);

private:
    AuditArchive *archive(QString *error);

    QString m_orgId;
    QString m_folder;
    std::unique_ptr<OrgDatabase> m_database;
    std::unique_ptr<AuditArchive> m_archive;
};
