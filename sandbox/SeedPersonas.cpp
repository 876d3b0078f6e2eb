#include "SeedPersonas.h"

namespace sandbox {
namespace {

constexpr int bit(Role r)
{
    return 1 << r;
}

// clang-format off
constexpr Persona cast[] = {
    // 0: the org admin everyone asks for help
    {u"Aiko", u"Tanaka", false, 0, UserStatus::Active, "acme-robotics.com", 0, 0, 0, 3, true,
     bit(RoleOrgAdmin) | bit(RoleAiAccess), 1700, 0, 0},
    // 1: suspended robotics engineer
    {u"Oluwaseun", u"Adeyemi", false, 0, UserStatus::Suspended, "acme-robotics.com", 1, 0, 1, 0, false,
     0, 900, 75, 0},
    // 2: deactivated account executive
    {u"María", u"García", false, 0, UserStatus::Deactivated, "acme-robotics.com", 2, 0, 3, 0, true,
     0, 1200, 50, 47},
    // 3: contractor on a personal mailbox (unmanaged)
    {u"Lars", u"Johansson", false, 1, UserStatus::Active, "freelance-mail.net", 5, 0, 0, 0, false,
     0, 200, 3, 0},
    // 4: site admin synced from Okta
    {u"Priya", u"Sharma", false, 2, UserStatus::Active, "acmelabs.io", 4, 0, 5, 0, true,
     bit(RoleSiteAdmin), 600, 0, 0},
    // 5: has an account, never invited to a directory
    {u"Mateus", u"Oliveira", false, -1, UserStatus::NotInvited, "acme-robotics.com", 7, 0, 2, 1, false,
     0, 30, -1, 0},
    // 6: scheduled for deletion
    {u"Zanele", u"Dlamini", false, 0, UserStatus::ForDeletion, "acme-robotics.com", 8, 0, 4, 2, true,
     0, 1500, 20, 6},
    // 7: active but never used any product
    {u"Văn An", u"Nguyễn", true, 0, UserStatus::Active, "acme-robotics.com", 3, 0, 4, 0, true,
     0, 10, -1, 0},
    // 8: user-access admin in IT
    {u"Fatima", u"Al-Sayed", false, 0, UserStatus::Active, "acme-robotics.com", 6, 0, 7, 0, true,
     bit(RoleUserAccessAdmin) | bit(RoleAiAccess), 1000, 0, 0},
    // 9: Okta-synced controls engineer
    {u"Wojciech", u"Kowalski", false, 2, UserStatus::Active, "acmelabs.io", 9, 0, 1, 1, true,
     0, 400, 2, 0},
};
// clang-format on

} // namespace

std::span<const Persona> personas()
{
    return cast;
}

} // namespace sandbox
