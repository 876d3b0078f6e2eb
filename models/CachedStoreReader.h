#pragma once

#include "UserStore.h"

#include <QString>

// The directory cache's people as one UserStore in the listing's order, read off the Users
// area's thread on a connection of its own.
namespace CachedStoreReader {

struct Result
{
    UserStore store;
    qint64 asOfMs = 0; // the last complete refresh; 0: never
};

Result read(const QString &orgId, const QString &databaseFolder);

} // namespace CachedStoreReader
