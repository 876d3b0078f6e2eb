#include "OrgSchema.h"

namespace {

// 1: the audit archive (AuditArchive.h).
//  - events: the row id is the event time in ms times 4096 plus a slot for events of the same
//    millisecond, so the table's own order is "newest first" and paging, time ranges and the
//    full-text index's rowid order need no extra index. The JSON is the compact event as the API
//    sent it, zlib-compressed (qCompress); the columns hold only what filters need.
//  - event_targets: the ids of what each event acted on (context[]), for "targets" and
//    "involving".
//  - actors: one row per person who acted (name, e-mail as last seen), to resolve a name or an
//    address to ids.
//  - events_fts: contentless FTS5 (the text is not stored twice); `action` holds the action id's
//    words, `body` the actor, the targets, the places, the IP and the message. Pruning deletes
//    with the same text, rebuilt from the stored JSON by AuditSearchText. Every word searched
//    is a prefix: two letters (what a search typed as it comes asks first) have an index of
//    their own; longer prefixes go through search_words (schema 2) and otherwise are merged at
//    query time: an index for three letters took a tenth of the archive's bytes.
QStringList auditArchive()
{
    return {
        QStringLiteral("CREATE TABLE events("
                       " seq INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " time_ms INTEGER NOT NULL,"
                       " processed_ms INTEGER NOT NULL DEFAULT 0,"
                       " action TEXT NOT NULL,"
                       " actor_id TEXT,"
                       " ip TEXT,"
                       " country TEXT,"
                       " product TEXT,"
                       " json BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX events_action ON events(action)"),
        QStringLiteral("CREATE INDEX events_actor ON events(actor_id)"),
        QStringLiteral("CREATE INDEX events_ip ON events(ip)"),
        QStringLiteral("CREATE TABLE event_targets("
                       " target_id TEXT NOT NULL,"
                       " event INTEGER NOT NULL,"
                       " PRIMARY KEY(target_id, event)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE actors("
                       " id TEXT PRIMARY KEY, name TEXT, email TEXT) WITHOUT ROWID"),
        QStringLiteral("CREATE VIRTUAL TABLE events_fts USING fts5(action, body, content='',"
                       " tokenize='unicode61 remove_diacritics 2', prefix='2')"),
        QStringLiteral("CREATE TABLE sync_state("
                       " singleton INTEGER PRIMARY KEY CHECK (singleton = 0),"
                       " cursor TEXT,"
                       " last_synced_ms INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE actions("
                       " id TEXT PRIMARY KEY, display_name TEXT, group_name TEXT) WITHOUT ROWID"),
    };
}

// 2: the words of the audit archive's index, for a word typed to be looked up as the words it
// starts (AuditSearchText::WordLister) rather than as a prefix FTS5 merges in full. Filled from
// the index itself (fts5vocab), then by the sync with each page's words, tokenized by FTS5.
QStringList auditSearchWords()
{
    return {
        QStringLiteral("CREATE TABLE search_words(word TEXT PRIMARY KEY) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE VIRTUAL TABLE temp.indexed_words USING fts5vocab(main, events_fts, 'row')"),
        QStringLiteral("INSERT INTO search_words SELECT term FROM temp.indexed_words"),
        QStringLiteral("DROP TABLE temp.indexed_words"),
    };
}

// 3: the number of events in the audit archive, kept by triggers: counting a million rows took
// a worker thread a tenth of a second of the two cores while the Audit log area was opening.
QStringList auditArchiveSize()
{
    return {
        QStringLiteral("CREATE TABLE archive_size("
                       " singleton INTEGER PRIMARY KEY CHECK (singleton = 0),"
                       " events INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO archive_size VALUES (0, (SELECT count(*) FROM events))"),
        QStringLiteral("CREATE TRIGGER events_added AFTER INSERT ON events BEGIN"
                       " UPDATE archive_size SET events = events + 1; END"),
        QStringLiteral("CREATE TRIGGER events_removed AFTER DELETE ON events BEGIN"
                       " UPDATE archive_size SET events = events - 1; END"),
    };
}

// 4: the directory cache (DirectoryCache.h): the people of the organization as the last listing
// sent them, one row per person with the fields the Users area keeps as one binary record
// (reading 100,000 records and decoding them is several times faster than 20 columns each);
// `position` is the person's place in that listing, `generation` the refresh that last saw
// them: a complete refresh removes everyone with an older one.
QStringList directoryCache()
{
    return {
        QStringLiteral("CREATE TABLE people("
                       " account_id TEXT PRIMARY KEY,"
                       " position INTEGER NOT NULL,"
                       " generation INTEGER NOT NULL,"
                       " person BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE people_state("
                       " singleton INTEGER PRIMARY KEY CHECK (singleton = 0),"
                       " generation INTEGER NOT NULL DEFAULT 0,"
                       " as_of_ms INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO people_state(singleton) VALUES (0)"),
    };
}

// 5: the directory cache's snapshot (DirectoryCache::storeSnapshot): the Users area's rows as
// of the last complete refresh, in chunks in the order they are read back.
QStringList directorySnapshot()
{
    return {
        QStringLiteral("CREATE TABLE people_snapshot("
                       " chunk INTEGER PRIMARY KEY,"
                       " data BLOB NOT NULL)"),
    };
}

} // namespace

QList<QStringList> OrgSchema::migrations()
{
    return {auditArchive(), auditSearchWords(), auditArchiveSize(), directoryCache(),
            directorySnapshot()};
}
