// Policies (Admin Control v2 and the org v1 view), their resources, and the authentication
// policy's add-users task.
#include "AuthPolicyService.h"
#include "FuzzSupport.h"
#include "Policy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    Fuzz::forEachObject(json, [](const QJsonObject &object) {
        (void)Policy::fromJson(object);
        (void)PolicyResource::fromJson(object);
        for (const int status : {200, 202, 400, 404})
            (void)AuthPolicyTask::fromJson(object, status);
    });
    (void)Policy::listFromJson(Fuzz::dataArray(json));
    return 0;
}
