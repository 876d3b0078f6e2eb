#include "Vocabulary.h"

namespace sandbox {
namespace {

const char *const statusNames[] = {"active", "suspended", "not_invited", "deactivated",
                                   "for_deletion"};
const char *const accountStatusNames[] = {"active", "inactive", "closed"};
const char *const membershipNames[] = {"active", "suspended", "no_membership"};
const char *const roleNames[RoleCount] = {"atlassian/user",
                                          "atlassian/admin",
                                          "atlassian/guest",
                                          "atlassian/customer",
                                          "atlassian/user-access-admin",
                                          "atlassian/contributor",
                                          "atlassian/basic",
                                          "atlassian/stakeholder",
                                          "atlassian/org-admin",
                                          "atlassian/site-admin",
                                          "atlassian/ai-access"};

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const char *const (&names)[N], const QString &name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString statusName(UserStatus status)
{
    return QLatin1String(statusNames[int(status)]);
}

QString accountStatusName(AccountStatus status)
{
    return QLatin1String(accountStatusNames[int(status)]);
}

QString membershipStatusName(MembershipStatus status)
{
    return QLatin1String(membershipNames[int(status)]);
}

QString roleIdName(Role role)
{
    return QLatin1String(roleNames[role]);
}

std::optional<UserStatus> parseStatus(const QString &name)
{
    return parse<UserStatus>(statusNames, name);
}

std::optional<AccountStatus> parseAccountStatus(const QString &name)
{
    return parse<AccountStatus>(accountStatusNames, name);
}

std::optional<MembershipStatus> parseMembershipStatus(const QString &name)
{
    return parse<MembershipStatus>(membershipNames, name);
}

std::optional<Role> parseRoleId(const QString &name)
{
    return parse<Role>(roleNames, name);
}

bool isPlatformRole(Role role)
{
    return role == RoleOrgAdmin || role == RoleSiteAdmin || role == RoleUserAccessAdmin ||
           role == RoleAiAccess;
}

} // namespace sandbox
