#pragma once

#include "UserStore.h"

#include <QByteArray>
#include <QList>

// A UserStore as the directory cache keeps it beside the people's records
// (DirectoryCache::storeSnapshot): the dictionary, then the rows in the Name column's order in
// chunks of a few thousand, each row its numbers as they are in memory, its texts in UTF-16 and
// its sort key in UTF-8. Read back with nothing to decode or fold per person: a warm start of
// 100,000 people is a read of the chunks. Written and read on this computer only (a chunk of
// another byte order or layout is refused, and the records are read instead).
namespace UserStoreSnapshot {

// Cuts `store` into chunks, one per next() (empty after the last). The work (sorting by name,
// copying) happens in next(), on the thread that calls it; the store is a shared copy.
class Writer
{
public:
    explicit Writer(UserStore store) : m_store(std::move(store)) {}
    QByteArray next();

private:
    UserStore m_store;
    QList<qsizetype> m_order; // the rows by name
    qsizetype m_written = -1; // rows in chunks so far; -1: the dictionary is next
};

// Takes the chunks in order; complete once every row the first announced has come.
class Reader
{
public:
    bool take(const QByteArray &chunk); // false: not a snapshot this program can read
    bool isComplete() const;
    UserStore takeStore() { return std::move(m_store); }

private:
    bool takeRows(const QByteArray &chunk);

    UserStore m_store;
    qint64 m_expectedRows = -1; // -1: the dictionary has not come
};

} // namespace UserStoreSnapshot
