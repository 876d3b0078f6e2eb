// Role assignments (a user's resource roles), workspaces, organizations and directories.
#include "FuzzSupport.h"
#include "Org.h"
#include "RoleAssignment.h"
#include "Workspace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    Fuzz::forEachObject(json, [](const QJsonObject &object) {
        (void)ResourceRoleAssignment::fromJson(object);
        (void)Workspace::fromJson(object);
        (void)Org::fromJson(object);
        (void)Directory::fromJson(object);
    });
    (void)ResourceRoleAssignment::listFromJson(Fuzz::dataArray(json));
    (void)Workspace::listFromJson(Fuzz::dataArray(json));
    return 0;
}
