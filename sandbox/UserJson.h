#pragma once

#include "OrgData.h"

#include <QJsonObject>

namespace sandbox {

// JSON for one seeded user, in each of the shapes the spec defines. `origin` is
// "http://host:port" of the request, for URLs that point back at the sandbox.

// MultiDirectoryUser (v2 search/list); `expand` is a mask of UserCriteria::Expand.
QJsonObject multiDirectoryUser(const SeedUser &user, const OrgData &org, quint8 expand,
                               const QString &origin);
// MultiDirectoryUserDetailsData (v2 single user).
QJsonObject multiDirectoryUserDetails(const SeedUser &user, const OrgData &org,
                                      const QString &origin);
// User (v1 managed accounts list).
QJsonObject managedAccount(const SeedUser &user, const OrgData &org, const QString &origin);
// UserProductAccessModel (v1 last-active-dates).
QJsonObject productAccessActivity(const SeedUser &user, const OrgData &org);

// The profile fields as the v2 API shows them (jobTitle, department, organization, location,
// timeZone), with User management's edits applied.
QJsonObject multiDirectoryProfile(const SeedUser &user, const OrgData &org, const QString &origin);

// The avatar URL the sandbox serves for this user.
QString avatarUrl(const SeedUser &user, const QString &origin);

} // namespace sandbox
