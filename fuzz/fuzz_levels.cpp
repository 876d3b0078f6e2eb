// Data classification levels (DLP): the "levels" list and one level.
#include "ClassificationLevel.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::forEachObject(Fuzz::bytes(data, size), [](const QJsonObject &object) {
        (void)ClassificationLevel::fromJson(object);
    });
    return 0;
}
