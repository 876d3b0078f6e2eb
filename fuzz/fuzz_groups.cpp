// Groups: list and search pages, one group, group stats and a group's role assignments.
#include "FuzzSupport.h"
#include "Group.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    Fuzz::forEachObject(json, [](const QJsonObject &object) {
        (void)Group::fromJson(object);
        (void)GroupStats::fromJson(object);
        (void)GroupRoleAssignment::fromJson(object);
    });
    (void)Group::listFromJson(Fuzz::dataArray(json));
    (void)GroupRoleAssignment::listFromJson(Fuzz::dataArray(json));
    return 0;
}
