// The directory's people: list and search pages, one user, last-active dates, user stats and
// the user management profile and privileges.
#include "DirectoryUser.h"
#include "FuzzSupport.h"
#include "ManagedAccount.h"
#include "StringPool.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    StringPool pool;
    Fuzz::forEachObject(json, [&pool](const QJsonObject &object) {
        if (const auto user = DirectoryUser::fromJson(object, &pool))
            (void)user->lastActive();
        (void)DirectoryUser::fromJson(object);
        (void)LastActiveDates::fromJson(object.value(QLatin1String("data")).toObject());
        (void)UserStats::fromJson(object);
        (void)ManagedProfile::fromJson(object);
        (void)ManagePrivileges::fromJson(object);
    });
    (void)DirectoryUser::listFromJson(Fuzz::dataArray(json), &pool);
    return 0;
}
