#include "CachedStoreReader.h"

#include "DirectoryCache.h"
#include "OrgDatabase.h"

namespace CachedStoreReader {

Result read(const QString &orgId, const QString &databaseFolder)
{
    Result result;
    OrgDatabase database(orgId, databaseFolder);
    const DirectoryCache cache(database.database());
    // Decoded as read, in the table's order, then put in the listing's: the records are never
    // all held at once beside the store.
    QList<qint64> positions;
    cache.scanPeople([&](DirectoryUser &&person, qint64 position) {
        result.store.append(person);
        positions.append(position);
    });
    result.store.sortByKeys(positions);
    result.asOfMs = cache.asOfMs();
    return result;
}

} // namespace CachedStoreReader
