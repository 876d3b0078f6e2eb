// Domains: the list page and one domain.
#include "Domain.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::forEachObject(Fuzz::bytes(data, size),
                        [](const QJsonObject &object) { (void)Domain::fromJson(object); });
    return 0;
}
