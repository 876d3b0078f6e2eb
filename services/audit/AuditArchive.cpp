#include "AuditArchive.h"

#include "AuditQuerySql.h"
#include "AuditSearchText.h"
#include "OrgDatabase.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr int pruneBatch = 2000;

// zlib's fastest level: on an event's JSON it packs within 2 % of the best level in half the
// time, and the sync spends more of its time here than anywhere but SQLite.
QByteArray packed(const QByteArray &json)
{
    return qCompress(json, 1);
}

std::optional<AuditEvent> unpacked(const QByteArray &blob)
{
    return AuditEvent::fromCompactJson(qUncompress(blob));
}

} // namespace

// Prepared once per archive: the statements a page runs per event.
struct AuditArchive::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : lastSeq(db), lastInSlot(db), insertEvent(db), insertText(db), insertTarget(db),
          upsertActor(db), storeCursor(db), tokenize(db), pageWords(db), clearPage(db),
          insertWord(db)
    {
        // A page's text goes through a scratch index with the archive's tokenizer (in memory,
        // on this connection only), whose words are then added to search_words.
        QSqlQuery(db).exec(QStringLiteral(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.page_text USING fts5(text, content='',"
            " tokenize='unicode61 remove_diacritics 2')"));
        QSqlQuery(db).exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.page_words"
                                          " USING fts5vocab(temp, page_text, 'row')"));
        tokenize.prepare(QStringLiteral("INSERT INTO temp.page_text(rowid, text) VALUES (1, ?)"));
        pageWords.prepare(QStringLiteral("SELECT term FROM temp.page_words"));
        clearPage.prepare(
            QStringLiteral("INSERT INTO temp.page_text(page_text) VALUES ('delete-all')"));
        insertWord.prepare(QStringLiteral("INSERT OR IGNORE INTO search_words(word) VALUES (?)"));
        lastSeq.prepare(QStringLiteral("SELECT coalesce(max(seq), -1) FROM events"));
        lastInSlot.prepare(QStringLiteral("SELECT max(seq) FROM events WHERE seq BETWEEN ? AND ?"));
        insertEvent.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO events(seq, id, time_ms, processed_ms, action, actor_id, ip,"
            " country, product, json) VALUES (?,?,?,?,?,?,?,?,?,?)"));
        insertText.prepare(
            QStringLiteral("INSERT INTO events_fts(rowid, action, body) VALUES (?,?,?)"));
        insertTarget.prepare(
            QStringLiteral("INSERT OR IGNORE INTO event_targets(target_id, event) VALUES (?,?)"));
        upsertActor.prepare(QStringLiteral(
            "INSERT INTO actors(id, name, email) VALUES (?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " name = excluded.name, email = excluded.email"));
        storeCursor.prepare(QStringLiteral(
            "INSERT INTO sync_state(singleton, cursor, last_synced_ms) VALUES (0,?,?)"
            " ON CONFLICT(singleton) DO UPDATE SET cursor = excluded.cursor,"
            " last_synced_ms = excluded.last_synced_ms"));
    }

    QSqlQuery lastSeq;
    QSqlQuery lastInSlot;
    QSqlQuery insertEvent;
    QSqlQuery insertText;
    QSqlQuery insertTarget;
    QSqlQuery upsertActor;
    QSqlQuery storeCursor;
    QSqlQuery tokenize;
    QSqlQuery pageWords;
    QSqlQuery clearPage;
    QSqlQuery insertWord;
    // The actors as last written by this connection: most pages repeat the same few people.
    QHash<QString, QPair<QString, QString>> actorsWritten;
    // The words this connection knows to be in search_words: most pages bring few new ones.
    QSet<QString> wordsWritten;
};

AuditArchive::AuditArchive(QSqlDatabase database) : m_db(std::move(database))
{
    if (!m_db.isOpen())
        m_error = QStringLiteral("the database is not open");
    else
        m_ready = OrgDatabase::migrate(m_db, &m_error);
}

AuditArchive::~AuditArchive() = default;

bool AuditArchive::isOpen() const
{
    return m_ready && m_db.isOpen();
}

QString AuditArchive::lastError() const
{
    return m_error;
}

AuditArchive::Statements &AuditArchive::statements() const
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db);
    return *m_statements;
}

bool AuditArchive::exec(const QString &statement) const
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = query.lastError().text();
    return false;
}

int AuditArchive::storePage(const QList<AuditEvent> &events, const QString &nextCursor,
                            qint64 syncedAtMs, const std::optional<QString> &afterCursor)
{
    if (!isOpen())
        return -1;
    // Prepared (and the scratch tables made) outside the transaction: a rollback would take
    // the tables back.
    Statements &s = statements();
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return -1;
    auto fail = [this](QSqlQuery &query) {
        m_error = query.lastError().text();
        exec(QStringLiteral("ROLLBACK"));
        statements().actorsWritten.clear(); // what the rollback undid
        statements().wordsWritten.clear();
        return -1;
    };
    if (afterCursor && streamCursor() != *afterCursor) {
        m_error = QStringLiteral("the page does not follow the stored cursor");
        exec(QStringLiteral("ROLLBACK"));
        return -1;
    }
    // Events mostly come newer than all stored: their millisecond's first slot is then free.
    if (!s.lastSeq.exec() || !s.lastSeq.next())
        return fail(s.lastSeq);
    qint64 maxSeq = s.lastSeq.value(0).toLongLong();
    s.lastSeq.finish();
    int stored = 0;
    QString pageText; // every new event's indexed text, for search_words
    for (const AuditEvent &event : events) {
        // The first free slot of the event's millisecond (the next ones when 4096 are taken).
        qint64 seq = AuditSeq::first(event.timeMs);
        while (seq <= maxSeq) {
            s.lastInSlot.addBindValue(seq);
            s.lastInSlot.addBindValue(seq + AuditSeq::slotsPerMs - 1);
            if (!s.lastInSlot.exec() || !s.lastInSlot.next())
                return fail(s.lastInSlot);
            const QVariant last = s.lastInSlot.value(0);
            s.lastInSlot.finish();
            if (last.isNull())
                break;
            if (last.toLongLong() < seq + AuditSeq::slotsPerMs - 1) {
                seq = last.toLongLong() + 1;
                break;
            }
            seq += AuditSeq::slotsPerMs;
        }
        for (const QVariant &value :
             {QVariant(seq), QVariant(event.id), QVariant(event.timeMs),
              QVariant(event.processedAtMs), QVariant(event.action), QVariant(event.actorId),
              QVariant(event.ip), QVariant(event.country), QVariant(event.product),
              QVariant(packed(event.json))}) {
            s.insertEvent.addBindValue(value);
        }
        if (!s.insertEvent.exec())
            return fail(s.insertEvent);
        if (s.insertEvent.numRowsAffected() == 0)
            continue; // stored before (a page fetched again after a crash)
        ++stored;
        maxSeq = std::max(maxSeq, seq);

        const AuditSearchText::Indexed text = AuditSearchText::indexedText(event);
        s.insertText.addBindValue(seq);
        s.insertText.addBindValue(text.action);
        s.insertText.addBindValue(text.body);
        if (!s.insertText.exec())
            return fail(s.insertText);
        pageText += text.action + QLatin1Char('\n') + text.body + QLatin1Char('\n');
        for (const AuditEvent::Item &item : event.context) {
            if (item.id.isEmpty())
                continue;
            s.insertTarget.addBindValue(item.id);
            s.insertTarget.addBindValue(seq);
            if (!s.insertTarget.exec())
                return fail(s.insertTarget);
        }
        const QPair<QString, QString> actor{event.actorName, event.actorEmail};
        if (!event.actorId.isEmpty() && s.actorsWritten.value(event.actorId) != actor &&
            !(actor.first.isEmpty() && actor.second.isEmpty())) {
            s.upsertActor.addBindValue(event.actorId);
            s.upsertActor.addBindValue(actor.first);
            s.upsertActor.addBindValue(actor.second);
            if (!s.upsertActor.exec())
                return fail(s.upsertActor);
            s.actorsWritten.insert(event.actorId, actor);
        }
    }
    if (!pageText.isEmpty() && !storeWords(pageText)) {
        exec(QStringLiteral("ROLLBACK"));
        s.actorsWritten.clear();
        s.wordsWritten.clear();
        return -1;
    }
    s.storeCursor.addBindValue(nextCursor);
    s.storeCursor.addBindValue(syncedAtMs);
    if (!s.storeCursor.exec())
        return fail(s.storeCursor);
    if (!exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        s.actorsWritten.clear();
        s.wordsWritten.clear();
        return -1;
    }
    return stored;
}

bool AuditArchive::storeWords(const QString &text)
{
    Statements &s = statements();
    s.tokenize.addBindValue(text);
    bool ok = s.tokenize.exec() && s.pageWords.exec();
    QStringList fresh;
    while (ok && s.pageWords.next()) {
        const QString word = s.pageWords.value(0).toString();
        if (!s.wordsWritten.contains(word))
            fresh.append(word);
    }
    s.pageWords.finish();
    ok = ok && s.clearPage.exec();
    for (const QString &word : std::as_const(fresh)) {
        s.insertWord.addBindValue(word);
        ok = ok && s.insertWord.exec();
        s.wordsWritten.insert(word);
    }
    if (!ok) {
        for (const QSqlQuery *query : {&s.tokenize, &s.pageWords, &s.clearPage, &s.insertWord}) {
            if (query->lastError().isValid())
                m_error = query->lastError().text();
        }
    }
    return ok;
}

std::optional<QStringList> AuditArchive::wordsStartingWith(const QString &prefix) const
{
    constexpr int maxWords = 32; // more: the prefix query is as quick
    if (prefix.isEmpty())
        return std::nullopt;
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT word FROM search_words WHERE word >= ? AND word < ? ORDER BY word LIMIT %1")
            .arg(maxWords + 1));
    query.addBindValue(prefix);
    query.addBindValue(end);
    if (!query.exec())
        return std::nullopt;
    QStringList words;
    while (query.next())
        words.append(query.value(0).toString());
    if (words.size() > maxWords)
        return std::nullopt;
    return words;
}

QString AuditArchive::matchOf(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return QString();
    return AuditSearchText::matchExpression(
        text, actions(), [this](const QString &prefix) { return wordsStartingWith(prefix); });
}

QString AuditArchive::streamCursor() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT cursor FROM sync_state")) && query.next())
        return query.value(0).toString();
    return QString();
}

qint64 AuditArchive::lastSyncedMs() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT last_synced_ms FROM sync_state")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool AuditArchive::storeActions(const QList<EventAction> &actions)
{
    if (!isOpen() || !exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO actions(id, display_name, group_name) VALUES (?,?,?)"));
    for (const EventAction &action : actions) {
        insert.addBindValue(action.id);
        insert.addBindValue(action.displayName);
        insert.addBindValue(action.groupName);
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return exec(QStringLiteral("COMMIT"));
}

QList<EventAction> AuditArchive::actions() const
{
    QList<EventAction> actions;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, display_name, group_name FROM actions ORDER BY "
                                   "group_name, display_name")))
        return actions;
    while (query.next())
        actions.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return actions;
}

int AuditArchive::prune(int days, qint64 nowMs)
{
    if (days <= 0 || !isOpen())
        return 0;
    const qint64 cutoff = AuditSeq::first(nowMs - qint64(days) * 24 * 3600 * 1000);
    int removed = 0;
    // Batches, each its own transaction, so that a sync or a reader never waits long.
    for (;;) {
        if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
            return removed;
        QSqlQuery select(m_db);
        select.setForwardOnly(true);
        select.prepare(QStringLiteral("SELECT seq, json FROM events WHERE seq < ? ORDER BY seq "
                                      "LIMIT %1")
                           .arg(pruneBatch));
        select.addBindValue(cutoff);
        if (!select.exec()) {
            m_error = select.lastError().text();
            exec(QStringLiteral("ROLLBACK"));
            return removed;
        }
        QSqlQuery unindex(m_db);
        unindex.prepare(QStringLiteral("INSERT INTO events_fts(events_fts, rowid, action, body) "
                                       "VALUES ('delete', ?, ?, ?)"));
        QSqlQuery untarget(m_db);
        untarget.prepare(
            QStringLiteral("DELETE FROM event_targets WHERE target_id = ? AND event = ?"));
        qint64 last = -1;
        int batch = 0;
        bool ok = true;
        while (ok && select.next()) {
            last = select.value(0).toLongLong();
            ++batch;
            const std::optional<AuditEvent> event = unpacked(select.value(1).toByteArray());
            if (!event)
                continue; // unreadable: it could never have been indexed from this JSON either
            const AuditSearchText::Indexed text = AuditSearchText::indexedText(*event);
            unindex.addBindValue(last);
            unindex.addBindValue(text.action);
            unindex.addBindValue(text.body);
            ok = unindex.exec();
            for (const AuditEvent::Item &item : event->context) {
                untarget.addBindValue(item.id);
                untarget.addBindValue(last);
                ok = ok && untarget.exec();
            }
        }
        select.finish();
        QSqlQuery remove(m_db);
        remove.prepare(QStringLiteral("DELETE FROM events WHERE seq <= ?"));
        remove.addBindValue(last);
        if (!ok || (batch > 0 && !remove.exec())) {
            m_error = !ok ? unindex.lastError().text() : remove.lastError().text();
            exec(QStringLiteral("ROLLBACK"));
            return removed;
        }
        if (!exec(QStringLiteral("COMMIT")))
            return removed;
        removed += batch;
        if (batch < pruneBatch)
            return removed;
    }
}

qint64 AuditArchive::seqOf(const RowKey &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT seq FROM events WHERE id = ?"));
    query.addBindValue(key.id);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return AuditSeq::first(key.timeMs); // gone (pruned): continue below its time
}

QList<AuditEvent> AuditArchive::events(const AuditFilter &filter, int limit,
                                       const std::optional<RowKey> &after) const
{
    QList<AuditEvent> events;
    if (!isOpen() || limit <= 0)
        return events;
    const QString match = matchOf(filter.text);
    const AuditQuerySql sql =
        AuditQuerySql::build(filter, match, after ? std::max<qint64>(1, seqOf(*after)) : 0);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT e.json FROM %1%2 ORDER BY %3 DESC LIMIT %4")
                      .arg(sql.from, sql.where(), sql.seqColumn)
                      .arg(limit));
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return events;
    }
    events.reserve(limit);
    while (query.next()) {
        if (std::optional<AuditEvent> event = unpacked(query.value(0).toByteArray()))
            events.append(std::move(*event));
    }
    return events;
}

qint64 AuditArchive::count(const AuditFilter &filter) const
{
    if (!isOpen())
        return 0;
    const QString match = matchOf(filter.text);
    AuditQuerySql sql = AuditQuerySql::build(filter, match);
    if (sql.textOnly)
        sql.from = QStringLiteral("events_fts f");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Everything: the number the triggers keep, not a million rows counted.
    query.prepare(sql.conditions.isEmpty()
                      ? QStringLiteral("SELECT events FROM archive_size")
                      : QStringLiteral("SELECT count(*) FROM %1%2").arg(sql.from, sql.where()));
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

std::optional<AuditEvent> AuditArchive::event(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT json FROM events WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return unpacked(query.value(0).toByteArray());
    return std::nullopt;
}

QStringList AuditArchive::actorIds(const QString &who) const
{
    QStringList ids;
    const QString wanted = who.trimmed();
    if (wanted.isEmpty())
        return ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Exact id or address first; a part of a name only when nothing matched exactly.
    query.prepare(QStringLiteral("SELECT id FROM actors WHERE id = ? OR lower(email) = lower(?)"
                                 " UNION SELECT actor_id FROM events WHERE actor_id = ?"));
    for (int i = 0; i < 3; ++i)
        query.addBindValue(wanted);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    if (!ids.isEmpty())
        return ids;
    query.prepare(QStringLiteral("SELECT id FROM actors WHERE instr(lower(name), lower(?)) > 0"));
    query.addBindValue(wanted);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

AuditArchive::Span AuditArchive::span() const
{
    Span span;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT events, (SELECT time_ms FROM events ORDER BY seq LIMIT "
                                  "1), (SELECT time_ms FROM events ORDER BY seq DESC LIMIT 1) "
                                  "FROM archive_size")) &&
        query.next()) {
        span.events = query.value(0).toLongLong();
        span.oldestMs = query.value(1).toLongLong();
        span.newestMs = query.value(2).toLongLong();
    }
    const QString path = m_db.databaseName();
    span.bytesOnDisk = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return span;
}
