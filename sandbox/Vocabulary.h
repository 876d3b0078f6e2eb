#pragma once

#include "OrgData.h"

#include <QString>

#include <optional>

namespace sandbox {

// The wire names of the API's enumerations, both ways.

QString statusName(UserStatus status);
QString accountStatusName(AccountStatus status);
QString membershipStatusName(MembershipStatus status);
QString roleIdName(Role role); // "atlassian/org-admin"

std::optional<UserStatus> parseStatus(const QString &name);
std::optional<AccountStatus> parseAccountStatus(const QString &name);
std::optional<MembershipStatus> parseMembershipStatus(const QString &name);
std::optional<Role> parseRoleId(const QString &name);

// Roles that the spec's PlatformRole enumeration allows in platformRoles[].
bool isPlatformRole(Role role);

} // namespace sandbox
