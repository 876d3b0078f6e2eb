#pragma once

#include "OrgData.h"

#include <span>

namespace sandbox {

// A fixed cast at the start of every seeded org, so that tests and demos can name a person
// whatever the seed (only account ids change with the seed; find them with an "emails"
// search). Indices into cultures() and departments() as in SeedNames.cpp.
//
//  #  name              e-mail                              directory         status
//  0  Aiko Tanaka       aiko.tanaka@acme-robotics.com       Acme Robotics     active, org admin
//  1  Oluwaseun Adeyemi oluwaseun.adeyemi@acme-robotics.com Acme Robotics     suspended
//  2  María García      maria.garcia@acme-robotics.com      Acme Robotics     deactivated
//  3  Lars Johansson    lars.johansson@freelance-mail.net   Contractors       active, unmanaged
//  4  Priya Sharma      priya.sharma@acmelabs.io            Acme Labs (Okta)  active, site admin
//  5  Mateus Oliveira   mateus.oliveira@acme-robotics.com   (none)            not_invited
//  6  Zanele Dlamini    zanele.dlamini@acme-robotics.com    Acme Robotics     for_deletion
//  7  Nguyễn Văn An     an.nguyen@acme-robotics.com         Acme Robotics     active, never active
//  8  Fatima Al-Sayed   fatima.alsayed@acme-robotics.com    Acme Robotics     active, user-access
//  admin 9  Wojciech Kowalski wojciech.kowalski@acmelabs.io       Acme Labs (Okta)  active, synced
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
