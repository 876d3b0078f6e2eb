#include "CachedStoreReader.h"

#include "DirectoryCache.h"
#include "OrgDatabase.h"
#include "UserStoreSnapshot.h"

namespace CachedStoreReader {

Result read(const QString &orgId, const QString &databaseFolder)
{
    Result result;
    OrgDatabase database(orgId, databaseFolder);
    const DirectoryCache cache(database.database());
    result.asOfMs = cache.asOfMs();
    UserStoreSnapshot::Reader snapshot;
    if (cache.readSnapshot([&snapshot](const QByteArray &chunk) { return snapshot.take(chunk); }) &&
        snapshot.isComplete()) {
        result.store = snapshot.takeStore();
        result.store.squeeze();
        return result;
    }
    // No snapshot this version can read (none written yet, or another layout): the records, decoded
    // as read, in the table's order, then put in the listing's. They are never all held at once
    // beside the store.
    QList<qint64> positions;
    cache.scanPeople([&](DirectoryUser &&person, qint64 position) {
        result.store.append(person);
        positions.append(position);
    });
    result.store.sortByKeys(positions);
    result.store.squeeze();
    return result;
}

} // namespace CachedStoreReader
