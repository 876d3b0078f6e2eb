// Admin API keys (API Access): the list page, one key and its creator or owner.
#include "ApiKey.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    Fuzz::forEachObject(json, [](const QJsonObject &object) {
        (void)ApiKey::fromJson(object);
        for (auto it = object.begin(); it != object.end(); ++it)
            (void)ApiPrincipal::fromJson(it.value());
    });
    (void)ApiKey::listFromJson(Fuzz::dataArray(json));
    return 0;
}
