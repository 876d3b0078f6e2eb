// Users' API tokens (API Access list and user management's own list).
#include "ApiToken.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::forEachObject(Fuzz::bytes(data, size),
                        [](const QJsonObject &object) { (void)ApiToken::fromJson(object); });
    return 0;
}
