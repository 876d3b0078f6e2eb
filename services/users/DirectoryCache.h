#pragma once

#include "DirectoryUser.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

// The people of one organization kept on this computer (the directory cache), in that
// organization's SQLite database (OrgDatabase), so that a large directory opens at once and is
// refreshed in the background. Each page of a refresh is written in one transaction as it
// arrives; finishRefresh() then removes everyone that refresh did not see and records its time
// ("as of"). A refresh that stops half-way removes nobody. Holds no key.
//
// One DirectoryCache per thread that uses it (each on its own connection to the same file).
class DirectoryCache
{
public:
    // `database` must be open (and at the current schema: OrgDatabase migrates it).
    explicit DirectoryCache(QSqlDatabase database);

    bool isOpen() const;
    QString lastError() const { return m_error; }

    // Reading: everyone, in the order of the listing that last saw them; readPeople() hands
    // them over one at a time (a list of 100,000 people is never held twice).
    QList<DirectoryUser> people() const;
    bool readPeople(const std::function<void(DirectoryUser &&)> &take) const;
    // Everyone in the table's own order, each with their place in the listing: the quickest
    // read, decoded as it goes, for a caller that puts them in order itself.
    bool scanPeople(const std::function<void(DirectoryUser &&, qint64 position)> &take) const;
    qint64 count() const;
    qint64 asOfMs() const; // the last complete refresh; 0: never

    // Writing. A refresh takes a new generation, stores its pages (each person at its place in
    // the listing, counted from 0 over the whole refresh), then finishes.
    std::optional<qint64> beginRefresh();
    bool storePage(const QList<DirectoryUser> &people, qint64 generation, qint64 firstPosition);
    // Removes the people the refresh did not see and says the cache is as of `nowMs`; returns
    // how many went, or -1.
    int finishRefresh(qint64 generation, qint64 nowMs);
    // Forgets everyone (the cache was turned off).
    bool clear();

    // The snapshot: the people of the last complete refresh in the form their reader keeps
    // them (UserStoreSnapshot), the quickest to read back. Stored in chunks (`nextChunk` until
    // it gives an empty one), replacing the last; a finished refresh or clear() drops it, so a
    // snapshot is never older than the last complete refresh.
    bool storeSnapshot(const std::function<QByteArray()> &nextChunk);
    // Hands the chunks over in order while `take` accepts them; false: no snapshot, or one
    // that `take` refused.
    bool readSnapshot(const std::function<bool(const QByteArray &chunk)> &take) const;

    // One person as stored: the fields the Users area shows and hands to actions (not groups).
    static QByteArray encode(const DirectoryUser &person);
    static std::optional<DirectoryUser> decode(const QByteArray &record);

private:
    bool exec(const QString &statement) const;
    // Every stored record, in the table's own order.
    bool
    readRecords(const std::function<void(qint64 position, const QByteArray &record)> &take) const;

    QSqlDatabase m_db;
    bool m_ready = false;
    mutable QString m_error;
};
