#pragma once

#include "OrgData.h"

#include <span>

namespace sandbox {

// A fixed cast at the start of every seeded org, so that tests and demos can name a person
// whatever the seed (only account ids change with the seed). Indices into cultures() and
// departments() as in SeedNames.cpp.
struct Persona
{
    const char16_t *givenName;
    const char16_t *familyName;
    bool familyNameFirst;
    int directory; // -1 = no directory (not invited)
    UserStatus status;
    const char *domain;
    quint8 culture;
    quint8 place;
    quint8 department;
    quint8 jobTitle;
    bool mfaEnabled;
    int platformRoles;      // mask of Role bits
    int addedDaysAgo;       // before the seed reference date
    int lastActiveDaysAgo;  // -1 = never active
    int deactivatedDaysAgo; // 0 = not deactivated
};

std::span<const Persona> personas();

} // namespace sandbox
