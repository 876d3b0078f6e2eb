#include "DirectoryCache.h"

#include <QDataStream>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// The record's layout; a record of another version is not read (the next refresh rewrites it).
constexpr quint8 recordVersion = 2;
constexpr qint64 noTime = std::numeric_limits<qint64>::min();

qint64 msecs(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : noTime;
}

QDateTime time(qint64 ms)
{
    return ms == noTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

DirectoryCache::DirectoryCache(QSqlDatabase database) : m_db(std::move(database))
{
    if (!m_db.isOpen()) {
        m_error = QStringLiteral("the database is not open");
        return;
    }
    QSqlQuery probe(m_db);
    m_ready = probe.exec(QStringLiteral("SELECT generation FROM people_state"));
    if (!m_ready)
        m_error = probe.lastError().text();
}

bool DirectoryCache::isOpen() const
{
    return m_ready && m_db.isOpen();
}

bool DirectoryCache::exec(const QString &statement) const
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = query.lastError().text();
    return false;
}

QByteArray DirectoryCache::encode(const DirectoryUser &person)
{
    QByteArray record;
    QDataStream out(&record, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setByteOrder(QDataStream::LittleEndian); // the machine's: strings read without swapping
    out << recordVersion << person.accountId << person.accountType << person.status
        << person.accountStatus << person.membershipStatus << person.name << person.nickname
        << person.email << person.emailVerified << person.claimStatus << person.managementSource
        << qint8(person.mfaEnabled ? int(*person.mfaEnabled) : -1) << person.jobTitle
        << person.department << person.organization << person.location << person.timeZone
        << msecs(person.addedToOrg) << msecs(person.deactivatedOn) << person.platformRoles
        << qint32(person.resourceCount) << quint32(person.productAccess.size());
    for (const ProductAccess &access : person.productAccess)
        out << access.key << access.id << msecs(access.lastActive);
    return record;
}

std::optional<DirectoryUser> DirectoryCache::decode(const QByteArray &record)
{
    QDataStream in(record);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian);
    quint8 version = 0;
    in >> version;
    if (version != recordVersion)
        return std::nullopt;
    DirectoryUser person;
    qint8 mfa = -1;
    qint64 added = noTime;
    qint64 deactivated = noTime;
    qint32 resources = -1;
    quint32 accessCount = 0;
    in >> person.accountId >> person.accountType >> person.status >> person.accountStatus >>
        person.membershipStatus >> person.name >> person.nickname >> person.email >>
        person.emailVerified >> person.claimStatus >> person.managementSource >> mfa >>
        person.jobTitle >> person.department >> person.organization >> person.location >>
        person.timeZone >> added >> deactivated >> person.platformRoles >> resources >> accessCount;
    if (in.status() != QDataStream::Ok || accessCount > 0xffff)
        return std::nullopt;
    if (mfa >= 0)
        person.mfaEnabled = mfa == 1;
    person.addedToOrg = time(added);
    person.deactivatedOn = time(deactivated);
    person.resourceCount = resources;
    person.productAccess.reserve(accessCount);
    for (quint32 i = 0; i < accessCount; ++i) {
        ProductAccess access;
        qint64 lastActive = noTime;
        in >> access.key >> access.id >> lastActive;
        access.lastActive = time(lastActive);
        person.productAccess.append(std::move(access));
    }
    if (in.status() != QDataStream::Ok || person.accountId.isEmpty())
        return std::nullopt;
    return person;
}

QList<DirectoryUser> DirectoryCache::people() const
{
    QList<DirectoryUser> people;
    readPeople([&people](DirectoryUser &&person) { people.append(std::move(person)); });
    return people;
}

bool DirectoryCache::readPeople(const std::function<void(DirectoryUser &&)> &take) const
{
    // Read in the table's own order and put in the listing's order here: sorting 100,000
    // positions in memory is quicker than walking an index and looking each row up.
    QList<QPair<qint64, QByteArray>> records;
    const bool read = readRecords([&records](qint64 position, const QByteArray &record) {
        records.append({position, record});
    });
    std::stable_sort(records.begin(), records.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &record : records) {
        if (std::optional<DirectoryUser> person = decode(record.second))
            take(std::move(*person));
        record.second = QByteArray();
    }
    return read;
}

bool DirectoryCache::scanPeople(
    const std::function<void(DirectoryUser &&, qint64 position)> &take) const
{
    return readRecords([&take](qint64 position, const QByteArray &record) {
        if (std::optional<DirectoryUser> person = decode(record))
            take(std::move(*person), position);
    });
}

bool DirectoryCache::readRecords(
    const std::function<void(qint64 position, const QByteArray &record)> &take) const
{
    if (!isOpen())
        return false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT position, person FROM people"))) {
        m_error = query.lastError().text();
        return false;
    }
    while (query.next())
        take(query.value(0).toLongLong(), query.value(1).toByteArray());
    return true;
}

qint64 DirectoryCache::count() const
{
    QSqlQuery query(m_db);
    if (isOpen() && query.exec(QStringLiteral("SELECT count(*) FROM people")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 DirectoryCache::asOfMs() const
{
    QSqlQuery query(m_db);
    if (isOpen() && query.exec(QStringLiteral("SELECT as_of_ms FROM people_state")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

std::optional<qint64> DirectoryCache::beginRefresh()
{
    if (!isOpen() || !exec(QStringLiteral("BEGIN IMMEDIATE")))
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("UPDATE people_state SET generation = generation + 1")) ||
        !query.exec(QStringLiteral("SELECT generation FROM people_state")) || !query.next()) {
        m_error = query.lastError().text();
        exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    }
    const qint64 generation = query.value(0).toLongLong();
    query.finish();
    if (!exec(QStringLiteral("COMMIT")))
        return std::nullopt;
    return generation;
}

bool DirectoryCache::storePage(const QList<DirectoryUser> &people, qint64 generation,
                               qint64 firstPosition)
{
    if (!isOpen() || !exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO people(account_id, position, generation, person) VALUES (?,?,?,?)"
        " ON CONFLICT(account_id) DO UPDATE SET position = excluded.position,"
        " generation = excluded.generation, person = excluded.person"));
    qint64 position = firstPosition;
    for (const DirectoryUser &person : people) {
        upsert.addBindValue(person.accountId);
        upsert.addBindValue(position++);
        upsert.addBindValue(generation);
        upsert.addBindValue(encode(person));
        if (!upsert.exec()) {
            m_error = upsert.lastError().text();
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return exec(QStringLiteral("COMMIT"));
}

int DirectoryCache::finishRefresh(qint64 generation, qint64 nowMs)
{
    if (!isOpen() || !exec(QStringLiteral("BEGIN IMMEDIATE")))
        return -1;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM people WHERE generation < ?"));
    query.addBindValue(generation);
    bool ok = query.exec();
    const int removed = query.numRowsAffected();
    ok = ok && query.exec(QStringLiteral("DELETE FROM people_snapshot"));
    if (ok) {
        query.prepare(QStringLiteral("UPDATE people_state SET as_of_ms = ?"));
        query.addBindValue(nowMs);
        ok = query.exec();
    }
    if (!ok) {
        m_error = query.lastError().text();
        exec(QStringLiteral("ROLLBACK"));
        return -1;
    }
    return exec(QStringLiteral("COMMIT")) ? removed : -1;
}

bool DirectoryCache::clear()
{
    return isOpen() && exec(QStringLiteral("BEGIN IMMEDIATE")) &&
           exec(QStringLiteral("DELETE FROM people")) &&
           exec(QStringLiteral("DELETE FROM people_snapshot")) &&
           exec(QStringLiteral("UPDATE people_state SET as_of_ms = 0")) &&
           exec(QStringLiteral("COMMIT"));
}

bool DirectoryCache::storeSnapshot(const std::function<QByteArray()> &nextChunk)
{
    if (!isOpen() || !exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    QSqlQuery insert(m_db);
    bool ok =
        insert.exec(QStringLiteral("DELETE FROM people_snapshot")) &&
        insert.prepare(QStringLiteral("INSERT INTO people_snapshot(chunk, data) VALUES (?,?)"));
    for (qint64 chunk = 0; ok; ++chunk) {
        const QByteArray data = nextChunk();
        if (data.isEmpty())
            break;
        insert.addBindValue(chunk);
        insert.addBindValue(data);
        ok = insert.exec();
    }
    if (!ok) {
        m_error = insert.lastError().text();
        exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return exec(QStringLiteral("COMMIT"));
}

bool DirectoryCache::readSnapshot(const std::function<bool(const QByteArray &chunk)> &take) const
{
    if (!isOpen())
        return false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT data FROM people_snapshot ORDER BY chunk"))) {
        m_error = query.lastError().text();
        return false;
    }
    bool any = false;
    while (query.next()) {
        if (!take(query.value(0).toByteArray()))
            return false;
        any = true;
    }
    return any;
}
