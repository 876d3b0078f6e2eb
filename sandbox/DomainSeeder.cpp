#include "DomainSeeder.h"

namespace sandbox {

QList<SeedDomain> seedDomains()
{
    auto domain = [](const char *id, const char *name, const char *type, const char *status) {
        return SeedDomain{QLatin1String(id), QLatin1String(name), QLatin1String(type),
                          QLatin1String(status)};
    };
    // Sorted by name, as the list answers them.
    return {
        domain("8d1e3c52-5b0a-4c1e-9a3f-0c6b7e2d4a11", "acme-robotics.com", "dns", "verified"),
        domain("2f6a9b14-7c3d-4e8f-a1b2-3c4d5e6f7081", "acme-robotics.de", "dns", "unverified"),
        domain("b7c1d2e3-f4a5-4b6c-8d7e-9f0a1b2c3d42", "acme-robotics.net", "http", "superseded"),
        domain("4e5f6a7b-8c9d-4e0f-b1a2-c3d4e5f60913", "acmelabs.com", "dns", "missing_token"),
        domain("c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e64", "acmelabs.io", "http", "verified"),
        domain("61a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f5", "old-acme-robotics.com", "dns", "deleted"),
    };
}

} // namespace sandbox
