#include "AuditSyncWriter.h"

#include "AuditArchive.h"
#include "OrgDatabase.h"

#include <QCoreApplication>

AuditSyncWriter::AuditSyncWriter(QString orgId, QString folder)
    : m_orgId(std::move(orgId)), m_folder(std::move(folder))
{}

// The archive before the database it uses.
AuditSyncWriter::~AuditSyncWriter()
{
    m_archive.reset();
    m_database.reset();
}

AuditArchive *AuditSyncWriter::archive(QString *error)
{
    if (!m_archive) {
        // Opened on first use, so that the connection belongs to the worker thread.
        m_database = std::make_unique<OrgDatabase>(m_orgId, m_folder);
        m_archive = std::make_unique<AuditArchive>(m_database->database());
    }
    if (m_database->isOpen() && m_archive->isOpen())
        return m_archive.get();
    *error = QCoreApplication::translate("AuditSync",
                                         "The local audit archive %1 could not be opened: %2")
                 .arg(m_database->filePath(),
                      m_database->isOpen() ? m_archive->lastError() : m_database->lastError());
    return nullptr;
}

void AuditSyncWriter::readCursor()
{
    QString error;
    AuditArchive *target = archive(&error);
    Q_EMIT cursorRead(target ? target->streamCursor() : QString(), error);
}

void AuditSyncWriter::storePage(const QList<AuditEvent> &events, const QString &nextCursor,
                                qint64 nowMs)
{
    QString error;
    AuditArchive *target = archive(&error);
    qint64 newest = 0;
    for (const AuditEvent &event : events)
        newest = std::max(newest, event.timeMs);
    const int stored = target ? target->storePage(events, nextCursor, nowMs) : -1;
    if (target && stored < 0) {
        error = QCoreApplication::translate("AuditSync",
                                            "Could not write to the local audit archive: %1")
                    .arg(target->lastError());
    }
    Q_EMIT pageStored(stored, newest, error);
}

void AuditSyncWriter::storeActions(const QList<EventAction> &actions)
{
    QString error;
    if (AuditArchive *target = archive(&error))
        target->storeActions(actions);
}

void AuditSyncWriter::prune(int days, qint64 nowMs)
{
    QString error;
    AuditArchive *target = archive(&error);
    Q_EMIT pruned(target ? target->prune(days, nowMs) : 0);
}
