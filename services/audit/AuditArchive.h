#pragma once

#include "AuditEvent.h"
#include "AuditFilter.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// The local archive of one organization's audit log, in that organization's SQLite database
// (OrgDatabase): every event synced, kept past the server's 180 days until the retention setting
// prunes it, with an FTS5 index over the action's name, the actor, the targets, the places, the
// IP and the message. A page of the stream and its cursor are stored in one transaction, keyed
// by event id: a sync killed at any moment loses nothing and stores nothing twice. Holds no key.
//
// One AuditArchive per thread that uses it (each has its own connection to the same file; WAL
// lets a writer and readers work at once).
class AuditArchive
{
public:
    // Opens (creating when needed) the archive in `database`, which must be open.
    explicit AuditArchive(QSqlDatabase database);
    ~AuditArchive();
    AuditArchive(const AuditArchive &) = delete;
    AuditArchive &operator=(const AuditArchive &) = delete;

    bool isOpen() const;
    QString lastError() const;

    // Writing (the sync). One transaction: the events not stored yet (by id), and the cursor.
    // Returns how many were new, or -1 on failure (then nothing of the page is stored).
    // `afterCursor`: the cursor the page was fetched with; the page is refused unless that is
    // the stored one, so that pages fetched ahead are stored in the stream's order or not at all.
    int storePage(const QList<AuditEvent> &events, const QString &nextCursor, qint64 syncedAtMs,
                  const std::optional<QString> &afterCursor = std::nullopt);
    QString streamCursor() const; // empty: never synced
    qint64 lastSyncedMs() const;  // 0: never
    bool storeActions(const QList<EventAction> &actions);
    QList<EventAction> actions() const;
    // Removes events older than `days` (by event time); returns how many went.
    int prune(int days, qint64 nowMs);

    // Reading (the area, a person's activity, the CLI). Newest first by event time; events of
    // the same millisecond in the order opposite to their storing.
    struct RowKey // where a page ends (its last event), to ask for the next one
    {
        qint64 timeMs = 0;
        QString id;
        static RowKey of(const AuditEvent &event) { return {event.timeMs, event.id}; }
    };
    QList<AuditEvent> events(const AuditFilter &filter, int limit,
                             const std::optional<RowKey> &after = std::nullopt) const;
    qint64 count(const AuditFilter &filter) const;
    std::optional<AuditEvent> event(const QString &id) const;

    // Account ids of the people who acted whose id, e-mail (any case) or name (any case, a part
    // of it) is `who`: for "--actor jane@example.com" and a person picker.
    QStringList actorIds(const QString &who) const;

    struct Span
    {
        qint64 events = 0;
        qint64 oldestMs = 0;
        qint64 newestMs = 0;
        qint64 bytesOnDisk = 0; // the database file and its WAL
    };
    Span span() const;

private:
    struct Statements;
    Statements &statements() const;
    bool exec(const QString &statement) const;
    qint64 seqOf(const RowKey &key) const;
    bool storeWords(const QString &text); // inside storePage's transaction
    std::optional<QStringList> wordsStartingWith(const QString &prefix) const;
    QString matchOf(const QString &text) const; // the FTS5 expression for what was typed

    QSqlDatabase m_db;
    mutable std::unique_ptr<Statements> m_statements;
    bool m_ready = false; // open and at the current schema
    mutable QString m_error;
};
