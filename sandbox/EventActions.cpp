#include "EventActions.h"

#include <QHash>

namespace sandbox {
namespace {

using T = EventTarget;
using P = EventProduct;

constexpr const char16_t *kSignIn = u"Authentication";
constexpr const char16_t *kUsers = u"User management";
constexpr const char16_t *kAccess = u"Product access";
constexpr const char16_t *kGroups = u"Groups";
constexpr const char16_t *kPolicies = u"Security policies";
constexpr const char16_t *kKeys = u"API keys and tokens";
constexpr const char16_t *kClassification = u"Data classification";

// In EventAction order.
// clang-format off
constexpr EventActionInfo kActions[] = {
    {"user_logged_in", u"Logged in", kSignIn, u"{actor} logged in", T::None, false, P::None},
    {"user_login_failed", u"Failed to log in", kSignIn, u"{actor} failed to log in", T::None, false, P::None},
    {"user_invited", u"Invited a user", kUsers, u"{actor} invited {subject} to the organization", T::None, true, P::None},
    {"user_suspended", u"Suspended a user's access", kUsers, u"{actor} suspended {subject}'s access", T::None, true, P::None},
    {"user_restored", u"Restored a user's access", kUsers, u"{actor} restored {subject}'s access", T::None, true, P::None},
    {"user_removed_from_directory", u"Removed a user from a directory", kUsers, u"{actor} removed {subject} from the directory", T::None, true, P::None},
    {"user_deactivated", u"Deactivated an account", kUsers, u"{actor} deactivated {subject}'s account", T::None, true, P::None},
    {"user_reactivated", u"Reactivated an account", kUsers, u"{actor} reactivated {subject}'s account", T::None, true, P::None},
    {"user_deletion_scheduled", u"Scheduled an account for deletion", kUsers, u"{actor} scheduled {subject}'s account for deletion", T::None, true, P::None},
    {"user_deletion_cancelled", u"Cancelled an account deletion", kUsers, u"{actor} cancelled the deletion of {subject}'s account", T::None, true, P::None},
    {"user_profile_updated", u"Updated a user's profile", kUsers, u"{actor} updated {subject}'s profile", T::None, true, P::None},
    {"user_email_changed", u"Changed a user's email address", kUsers, u"{actor} changed {subject}'s email address", T::None, true, P::None},
    {"product_access_granted", u"Granted product access", kAccess, u"{actor} gave {subject} access to {target}", T::Product, true, P::OfTarget},
    {"product_access_revoked", u"Revoked product access", kAccess, u"{actor} removed {subject}'s access to {target}", T::Product, true, P::OfTarget},
    {"user_role_granted", u"Granted a role", kAccess, u"{actor} granted {subject} a role on {target}", T::Product, true, P::OfTarget},
    {"user_role_revoked", u"Revoked a role", kAccess, u"{actor} revoked {subject}'s role on {target}", T::Product, true, P::OfTarget},
    {"group_created", u"Created a group", kGroups, u"{actor} created the group {target}", T::Group, false, P::None},
    {"group_deleted", u"Deleted a group", kGroups, u"{actor} deleted the group {target}", T::Group, false, P::None},
    {"user_added_to_group", u"Added a user to a group", kGroups, u"{actor} added {subject} to {target}", T::Group, true, P::None},
    {"user_removed_from_group", u"Removed a user from a group", kGroups, u"{actor} removed {subject} from {target}", T::Group, true, P::None},
    {"group_role_granted", u"Granted a role to a group", kGroups, u"{actor} granted the group {target} a role", T::Group, false, P::None},
    {"group_role_revoked", u"Revoked a role from a group", kGroups, u"{actor} revoked a role from the group {target}", T::Group, false, P::None},
    {"policy_created", u"Created a policy", kPolicies, u"{actor} created the policy {target}", T::Policy, false, P::None},
    {"policy_updated", u"Updated a policy", kPolicies, u"{actor} updated the policy {target}", T::Policy, false, P::None},
    {"policy_deleted", u"Deleted a policy", kPolicies, u"{actor} deleted the policy {target}", T::Policy, false, P::None},
    {"policy_resource_added", u"Applied a policy to a product", kPolicies, u"{actor} applied the policy {target} to a product", T::Policy, false, P::None},
    {"policy_resource_updated", u"Updated a policy's product", kPolicies, u"{actor} updated a product of the policy {target}", T::Policy, false, P::None},
    {"policy_resource_removed", u"Removed a product from a policy", kPolicies, u"{actor} removed a product from the policy {target}", T::Policy, false, P::None},
    {"auth_policy_users_added", u"Added users to an authentication policy", kPolicies, u"{actor} added users to the authentication policy {target}", T::Policy, false, P::None},
    {"api_key_created", u"Created an API key", kKeys, u"{actor} created the API key {target}", T::ApiKey, false, P::None},
    {"api_key_revoked", u"Revoked an API key", kKeys, u"{actor} revoked the API key {target}", T::ApiKey, false, P::None},
    {"api_token_created", u"Created an API token", kKeys, u"{actor} created the API token {target}", T::TokenLabel, false, P::None},
    {"api_token_revoked", u"Revoked a user's API token", kKeys, u"{actor} revoked {subject}'s API token {target}", T::TokenLabel, true, P::None},
    {"api_tokens_revoked_all", u"Revoked every user's API tokens", kKeys, u"{actor} revoked the API tokens of every managed account", T::None, false, P::None},
    {"classification_level_created", u"Created a classification level", kClassification, u"{actor} created a classification level", T::None, false, P::None},
    {"classification_level_updated", u"Updated a classification level", kClassification, u"{actor} updated a classification level", T::None, false, P::None},
    {"classification_levels_published", u"Published classification levels", kClassification, u"{actor} published classification levels", T::None, false, P::None},
    {"classification_levels_archived", u"Archived classification levels", kClassification, u"{actor} archived classification levels", T::None, false, P::None},
    {"classification_levels_restored", u"Restored classification levels", kClassification, u"{actor} restored classification levels", T::None, false, P::None},
    {"classification_levels_reordered", u"Reordered classification levels", kClassification, u"{actor} reordered the classification levels", T::None, false, P::None},
    {"domain_verified", u"Verified a domain", u"Domains", u"{actor} verified the domain {target}", T::Domain, false, P::None},
    {"guard_detect_alert", u"Detection alert raised", u"Atlassian Guard Detect", u"Atlassian Guard Detect raised an alert on activity by {actor}", T::None, false, P::GuardDetect},
};
// clang-format on

static_assert(std::size(kActions) == EventActionCount, "one entry per EventAction");

} // namespace

std::span<const EventActionInfo> eventActions()
{
    return kActions;
}

const EventActionInfo &eventAction(int action)
{
    return kActions[qBound(0, action, int(EventActionCount) - 1)];
}

int eventActionIndex(const QString &id)
{
    static const QHash<QString, int> byId = [] {
        QHash<QString, int> map;
        for (int i = 0; i < EventActionCount; ++i)
            map.insert(QLatin1String(kActions[i].id), i);
        return map;
    }();
    return byId.value(id, -1);
}

QString eventProductName(EventProduct product)
{
    switch (product) {
    case EventProduct::Jira:
        return QStringLiteral("jira");
    case EventProduct::Confluence:
        return QStringLiteral("confluence");
    case EventProduct::Bitbucket:
        return QStringLiteral("bitbucket");
    case EventProduct::GuardDetect:
        return QStringLiteral("guard_detect");
    case EventProduct::Loom:
        return QStringLiteral("loom");
    default:
        return {};
    }
}

EventProduct parseEventProduct(const QString &name)
{
    for (EventProduct p : {EventProduct::Jira, EventProduct::Confluence, EventProduct::Bitbucket,
                           EventProduct::GuardDetect, EventProduct::Loom}) {
        if (name.compare(eventProductName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return EventProduct::None;
}

} // namespace sandbox
