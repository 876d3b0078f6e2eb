#include "CachedStoreReader.h"

#include "DirectoryCache.h"
#include "OrgDatabase.h"
#include "UserStoreSnapshot.h"

namespace CachedStoreReader {

namespace {

// The snapshot of the last complete refresh; false when there is none this version can read
// (none written yet, or another layout).
bool readSnapshot(const DirectoryCache &cache, UserStore *store)
{
    UserStoreSnapshot::Reader snapshot;
    if (!cache.readSnapshot(
            [&snapshot](const QByteArray &chunk) { return snapshot.take(chunk); }) ||
        !snapshot.isComplete())
        return false;
    *store = snapshot.takeStore();
    return true;
}

// The records, decoded as read, in the table's order, then put in the listing's: they are never
// all held at once beside the store.
void readRecords(const DirectoryCache &cache, UserStore *store)
{
    QList<qint64> positions;
    cache.scanPeople([&](DirectoryUser &&person, qint64 position) {
        store->append(person);
        positions.append(position);
    });
    store->sortByKeys(positions);
}

} // namespace

Result read(const QString &orgId, const QString &databaseFolder)
{
    Result result;
    OrgDatabase database(orgId, databaseFolder);
    const DirectoryCache cache(database.database());
    result.asOfMs = cache.asOfMs();
    if (!readSnapshot(cache, &result.store))
        readRecords(cache, &result.store);
    result.store.squeeze();
    return result;
}

} // namespace CachedStoreReader
