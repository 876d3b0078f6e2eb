#include "AuditSyncWriter.h"

#include "AuditArchive.h"
#include "OrgDatabase.h"

#include <QCoreApplication>
#include <QSqlQuery>

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
        // A backfill inserts into indexes by random keys (event ids, people): the pages they
        // touch stay in memory rather than being read again for every page of events, and are
        // copied from the WAL into the database once per 16,000 pages written rather than
        // once per 1,000, which the WAL shrinks back from afterwards.
        QSqlQuery pragmas(m_database->database());
        pragmas.exec(QStringLiteral("PRAGMA cache_size=-65536"));
        pragmas.exec(QStringLiteral("PRAGMA wal_autocheckpoint=16000"));
        pragmas.exec(QStringLiteral("PRAGMA journal_size_limit=16777216"));
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

void AuditSyncWriter::storePages(const QList<PageText> &pages, qint64 nowMs)
{
    QString error;
    AuditArchive *target = archive(&error);
    if (!target || pages.isEmpty()) {
        Q_EMIT pagesStored(target ? 0 : -1, 0, error);
        return;
    }
    QList<AuditEvent> events;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PageText &page = pages.at(i);
        if (i > 0 && page.afterCursor != pages.at(i - 1).nextCursor) {
            Q_EMIT pagesStored(-1, 0, QStringLiteral("pages out of the stream's order"));
            return;
        }
        const std::optional<QList<AuditEvent>> parsed = AuditEvent::listFromJsonText(page.events);
        if (!parsed) {
            Q_EMIT pagesStored(-1, 0,
                               QCoreApplication::translate(
                                   "AuditSync", "The server sent a page of events that is not "
                                                "JSON; nothing of it was stored."));
            return;
        }
        events.append(*parsed);
    }
    qint64 newest = 0;
    for (const AuditEvent &event : std::as_const(events))
        newest = std::max(newest, event.timeMs);
    const int stored = target->storePage(events, pages.constLast().nextCursor, nowMs,
                                         pages.constFirst().afterCursor);
    if (stored < 0) {
        error = QCoreApplication::translate("AuditSync",
                                            "Could not write to the local audit archive: %1")
                    .arg(target->lastError());
    }
    Q_EMIT pagesStored(stored, newest, error);
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
    const int removed = target ? target->prune(days, nowMs) : 0;
    if (target)
        QSqlQuery(m_database->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    Q_EMIT pruned(removed);
}
