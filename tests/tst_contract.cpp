#include "SandboxServer.h"
#include "SpecContractFixture.h"

#include <QRegularExpression>
#include <QTest>

namespace {

// The org key, a wrong one, or the SCIM key of {scimDir}.
enum class Key { Valid, Wrong, Scim };

// One request to the server and the status it must answer. Placeholders in paths and bodies:
// {org}, {dir} (a real directory), {user} (an account in it), {unknownOrg}, {unknownUser}, and
// the others of SpecContractFixture::fill().
struct Route
{
    const char *name;
    const char *method;
    const char *path;
    const char *body; // nullptr: no body
    int status;
    Key key = Key::Valid;
};

// Every route the sandbox serves, with its error answers. A new route is one line here; the
// wrong-key and rate-limit tests below then cover it too.
// clang-format off
const Route Routes[] = {
    {"orgs", "GET", "/admin/v1/orgs", nullptr, 200},
    {"orgs, bad cursor", "GET", "/admin/v1/orgs?cursor=garbage", nullptr, 400},
    {"org", "GET", "/admin/v1/orgs/{org}", nullptr, 200},
    {"org, unknown", "GET", "/admin/v1/orgs/{unknownOrg}", nullptr, 404},
    {"directories", "GET", "/admin/v2/orgs/{org}/directories", nullptr, 200},
    {"directories, filtered", "GET", "/admin/v2/orgs/{org}/directories?accountId={user}&limit=5", nullptr, 200},
    {"directories, limit 0", "GET", "/admin/v2/orgs/{org}/directories?limit=0", nullptr, 400},
    {"directories, unknown org", "GET", "/admin/v2/orgs/{unknownOrg}/directories", nullptr, 404},
    {"users search", "POST", "/admin/v2/orgs/{org}/directories/{dir}/users/search", R"({"limit": 5})", 200},
    {"users search, no body", "POST", "/admin/v2/orgs/{org}/directories/-/users/search", nullptr, 200},
    {"users search, expand", "POST", "/admin/v2/orgs/{org}/directories/-/users/search", R"({"limit": 5, "expand": ["platformRoles", "counts.resources", "productAccess", "groups"]})", 200},
    {"users search, filters", "POST", "/admin/v2/orgs/{org}/directories/-/users/search", R"({"status": ["active", "suspended"], "claimStatus": "managed", "mfaEnabled": true, "sortBy": [{"field": "nick_name", "direction": "desc"}]})", 200},
    {"users search, by id", "POST", "/admin/v2/orgs/{org}/directories/-/users/search", R"({"accountIds": ["{user}"]})", 200},
    {"users search, term and emails", "POST", "/admin/v2/orgs/{org}/directories/-/users/search", R"({"searchTerm": "a", "emails": ["a@example.com"]})", 400},
    {"users search, limit 101", "POST", "/admin/v2/orgs/{org}/directories/-/users/search", R"({"limit": 101})", 400},
    {"users search, bad cursor", "POST", "/admin/v2/orgs/{org}/directories/-/users/search", R"({"cursor": "garbage"})", 400},
    {"users search, unknown org", "POST", "/admin/v2/orgs/{unknownOrg}/directories/-/users/search", "{}", 404},
    {"users search, unknown directory", "POST", "/admin/v2/orgs/{org}/directories/{unknownOrg}/users/search", "{}", 404},
    {"users list", "GET", "/admin/v2/orgs/{org}/directories/{dir}/users?limit=5", nullptr, 200},
    {"users list, limit 1000", "GET", "/admin/v2/orgs/{org}/directories/-/users?limit=1000", nullptr, 400},
    {"users count", "GET", "/admin/v2/orgs/{org}/directories/-/users/count", nullptr, 200},
    {"users count, filtered", "GET", "/admin/v2/orgs/{org}/directories/{dir}/users/count?status=active&claimStatus=managed", nullptr, 200},
    {"users count, unknown org", "GET", "/admin/v2/orgs/{unknownOrg}/directories/-/users/count", nullptr, 404},
    {"users stats", "GET", "/admin/v2/orgs/{org}/directories/-/users/stats", nullptr, 200},
    {"users stats, unknown directory", "GET", "/admin/v2/orgs/{org}/directories/{unknownOrg}/users/stats", nullptr, 404},
    {"user", "GET", "/admin/v2/orgs/{org}/directories/{dir}/users/{user}", nullptr, 200},
    {"user, all directories", "GET", "/admin/v2/orgs/{org}/directories/-/users/{user}", nullptr, 200},
    {"user, unknown", "GET", "/admin/v2/orgs/{org}/directories/-/users/{unknownUser}", nullptr, 404},
    {"last active dates", "GET", "/admin/v1/orgs/{org}/directory/users/{user}/last-active-dates", nullptr, 200},
    {"last active dates, unknown user", "GET", "/admin/v1/orgs/{org}/directory/users/{unknownUser}/last-active-dates", nullptr, 404},
    {"managed accounts", "GET", "/admin/v1/orgs/{org}/users", nullptr, 200},
    {"managed accounts, bad cursor", "GET", "/admin/v1/orgs/{org}/users?cursor=garbage", nullptr, 400},
    {"managed accounts, unknown org", "GET", "/admin/v1/orgs/{unknownOrg}/users", nullptr, 404},
    {"domains", "GET", "/admin/v1/orgs/{org}/domains", nullptr, 200},
    {"domains, bad cursor", "GET", "/admin/v1/orgs/{org}/domains?cursor=garbage", nullptr, 400},
    {"domains, unknown org", "GET", "/admin/v1/orgs/{unknownOrg}/domains", nullptr, 403},
    {"domain", "GET", "/admin/v1/orgs/{org}/domains/2f6a9b14-7c3d-4e8f-a1b2-3c4d5e6f7081", nullptr, 200},
    {"domain, not an id", "GET", "/admin/v1/orgs/{org}/domains/not-a-domain-id", nullptr, 400},
    {"domain, unknown", "GET", "/admin/v1/orgs/{org}/domains/{unknownOrg}", nullptr, 404},
    // API access (no published spec: status and JSON only) and User management's token routes.
    {"api keys", "GET", "/admin/api-access/v1/orgs/{org}/api-keys", nullptr, 200},
    {"api keys, filtered", "GET", "/admin/api-access/v1/orgs/{org}/api-keys?q=a&expiresAtSearchType=range&expiresAtFrom=2026-01-01T00:00:00.000Z&lastActiveAtSearchType=gt&lastActiveAtUom=DAYS&lastActiveAtValue=30&sort=-expiresAt&pageSize=5", nullptr, 200},
    {"api keys, pageSize 0", "GET", "/admin/api-access/v1/orgs/{org}/api-keys?pageSize=0", nullptr, 400},
    {"api keys, bad cursor", "GET", "/admin/api-access/v1/orgs/{org}/api-keys?cursor=garbage", nullptr, 400},
    {"api keys count", "GET", "/admin/api-access/v1/orgs/{org}/api-keys/count?keyType=UNSCOPED", nullptr, 200},
    {"api keys, unknown org", "GET", "/admin/api-access/v1/orgs/{unknownOrg}/api-keys", nullptr, 404},
    {"revoke api key, unknown", "PATCH", "/admin/api-access/v1/orgs/{org}/api-keys/revoke/no-such-key", "{}", 404},
    {"api tokens", "GET", "/admin/api-access/v1/orgs/{org}/api-tokens", nullptr, 200},
    {"api tokens, filtered", "GET", "/admin/api-access/v1/orgs/{org}/api-tokens?status=ALLOWED&createdAtSearchType=lt&createdAtUom=YEARS&createdAtValue=1&sort=%2BlastActiveAt&pageSize=10", nullptr, 200},
    {"api tokens, bad search type", "GET", "/admin/api-access/v1/orgs/{org}/api-tokens?lastActiveAtSearchType=sideways", nullptr, 400},
    {"api tokens count", "GET", "/admin/api-access/v1/orgs/{org}/api-tokens/count?q=a", nullptr, 200},
    {"user's api tokens", "GET", "/users/{user}/manage/api-tokens", nullptr, 200},
    {"user's api tokens, unknown user", "GET", "/users/{unknownUser}/manage/api-tokens", nullptr, 404},
    {"revoke user's api token, unknown token", "DELETE", "/users/{user}/manage/api-tokens/no-such-token", nullptr, 404},
    {"revoke user's api token, unknown user", "DELETE", "/users/{unknownUser}/manage/api-tokens/no-such-token", nullptr, 404},
    // Data classification levels (DLP, no published spec: status and JSON only).
    {"classification levels", "GET", "/admin/dlp/v1/orgs/{org}/classification-levels", nullptr, 200},
    {"classification levels, unknown org", "GET", "/admin/dlp/v1/orgs/{unknownOrg}/classification-levels", nullptr, 404},
    {"classification level", "GET", "/admin/dlp/v1/orgs/{org}/classification-levels/3f4a5b6c-7d8e-4f90-b1a2-c3d4e5f60704", nullptr, 200},
    {"classification level, unknown", "GET", "/admin/dlp/v1/orgs/{org}/classification-levels/no-such-level", nullptr, 404},
    {"classification level, no name", "POST", "/admin/dlp/v1/orgs/{org}/classification-levels", R"({"color": "RED"})", 400},
    {"classification level, name taken", "POST", "/admin/dlp/v1/orgs/{org}/classification-levels", R"({"name": "internal", "color": "BLUE"})", 409},
    {"classification level, publish archived", "POST", "/admin/dlp/v1/orgs/{org}/classification-levels/publish", R"({"levelIds": ["5b6c7d8e-9fa0-4b12-93c4-e5f607182906"]})", 409},
    {"classification levels, reorder some", "POST", "/admin/dlp/v1/orgs/{org}/classification-levels/reorder", R"({"levelIds": ["3f4a5b6c-7d8e-4f90-b1a2-c3d4e5f60704"]})", 400},
    // Help-desk writes: suspend, restore and remove in a directory (v2).
    {"suspend", "POST", "/admin/v2/orgs/{org}/directories/{dir}/users/{user}/suspend", nullptr, 204},
    {"suspend, again", "POST", "/admin/v2/orgs/{org}/directories/-/users/{user}/suspend", nullptr, 204},
    {"restore", "POST", "/admin/v2/orgs/{org}/directories/{dir}/users/{user}/restore", nullptr, 204},
    {"suspend, unknown user", "POST", "/admin/v2/orgs/{org}/directories/-/users/{unknownUser}/suspend", nullptr, 404},
    {"restore, unknown org", "POST", "/admin/v2/orgs/{unknownOrg}/directories/-/users/{user}/restore", nullptr, 404},
    {"remove from directory", "DELETE", "/admin/v2/orgs/{org}/directories/{dir}/users/{otherUser}", nullptr, 204},
    {"remove from directory, not a member", "DELETE", "/admin/v2/orgs/{org}/directories/{dir}/users/{otherUser}", nullptr, 404},
    // User management (managed accounts): privileges, profile, e-mail, lifecycle.
    {"manage", "GET", "/users/{managedUser}/manage", nullptr, 200},
    {"manage, some privileges", "GET", "/users/{managedUser}/manage?privileges=email.set&privileges=profile.write", nullptr, 200},
    {"manage, unknown user", "GET", "/users/{unknownUser}/manage", nullptr, 404},
    {"profile", "GET", "/users/{managedUser}/manage/profile", nullptr, 200},
    {"profile, unknown user", "GET", "/users/{unknownUser}/manage/profile", nullptr, 404},
    {"profile, job title", "PATCH", "/users/{managedUser}/manage/profile", R"({"extended_profile": {"job_title": "Help-desk lead"}, "zoneinfo": "Europe/Berlin"})", 200},
    {"profile, name too long", "PATCH", "/users/{managedUser}/manage/profile", R"({"name": "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})", 400},
    {"profile, not a JSON object", "PATCH", "/users/{managedUser}/manage/profile", "[1]", 400},
    {"profile, e-mail is not a profile field", "PATCH", "/users/{managedUser}/manage/profile", R"({"email": "x@acme-robotics.com"})", 403},
    {"email, unclaimed domain", "PUT", "/users/{managedUser}/manage/email", R"({"email": "someone@gmail.com"})", 403},
    {"email, not an address", "PUT", "/users/{managedUser}/manage/email", R"({"email": "not an address"})", 400},
    {"email", "PUT", "/users/{managedUser}/manage/email", R"({"email": "contract.test.person@acme-robotics.com"})", 204},
    {"email, unknown user", "PUT", "/users/{unknownUser}/manage/email", R"({"email": "x@acme-robotics.com"})", 404},
    {"deactivate", "POST", "/users/{managedUser}/manage/lifecycle/disable", R"({"message": "On leave"})", 204},
    {"deactivate, again", "POST", "/users/{managedUser}/manage/lifecycle/disable", "{}", 409},
    {"enable", "POST", "/users/{managedUser}/manage/lifecycle/enable", nullptr, 204},
    {"enable, again", "POST", "/users/{managedUser}/manage/lifecycle/enable", nullptr, 409},
    {"delete", "POST", "/users/{managedUser}/manage/lifecycle/delete", nullptr, 200},
    {"delete, again", "POST", "/users/{managedUser}/manage/lifecycle/delete", nullptr, 409},
    {"cancel delete", "POST", "/users/{managedUser}/manage/lifecycle/cancel-delete", nullptr, 200},
    {"cancel delete, nothing to cancel", "POST", "/users/{managedUser}/manage/lifecycle/cancel-delete", nullptr, 404},
    {"lifecycle, unknown user", "POST", "/users/{unknownUser}/manage/lifecycle/enable", nullptr, 404},
    // Groups (v2): search, list, count, stats, one group, its roles; create, members, roles, delete.
    {"groups search", "POST", "/admin/v2/orgs/{org}/directories/{dir}/groups/search", R"({"limit": 5, "expand": ["counts.users", "counts.resources"], "sortBy": [{"field": "name", "direction": "desc"}]})", 200},
    {"groups search, no body", "POST", "/admin/v2/orgs/{org}/directories/-/groups/search", nullptr, 200},
    {"groups search, by name", "POST", "/admin/v2/orgs/{org}/directories/-/groups/search", R"({"groupNames": ["ENGINEERING"], "accountIds": ["{user}"]})", 200},
    {"groups search, names and term", "POST", "/admin/v2/orgs/{org}/directories/-/groups/search", R"({"groupNames": ["sales"], "searchTerm": "s"})", 400},
    {"groups search, bad sort", "POST", "/admin/v2/orgs/{org}/directories/-/groups/search", R"({"sortBy": [{"field": "size", "direction": "asc"}]})", 400},
    {"groups search, bad cursor", "POST", "/admin/v2/orgs/{org}/directories/-/groups/search", R"({"cursor": "garbage"})", 400},
    {"groups search, unknown org", "POST", "/admin/v2/orgs/{unknownOrg}/directories/-/groups/search", "{}", 404},
    {"groups list", "GET", "/admin/v2/orgs/{org}/directories/-/groups?limit=5&searchTerm=e", nullptr, 200},
    {"groups list, limit 0", "GET", "/admin/v2/orgs/{org}/directories/-/groups?limit=0", nullptr, 400},
    {"groups count", "GET", "/admin/v2/orgs/{org}/directories/{dir}/groups/count?searchTerm=a", nullptr, 200},
    {"groups stats", "GET", "/admin/v2/orgs/{org}/directories/-/groups/stats", nullptr, 200},
    {"groups stats, unknown directory", "GET", "/admin/v2/orgs/{org}/directories/{unknownOrg}/groups/stats", nullptr, 404},
    {"group", "GET", "/admin/v2/orgs/{org}/directories/-/groups/{group}", nullptr, 200},
    {"group, unknown", "GET", "/admin/v2/orgs/{org}/directories/-/groups/{unknownOrg}", nullptr, 404},
    {"group role assignments", "GET", "/admin/v2/orgs/{org}/directories/-/groups/{group}/role-assignments?limit=5", nullptr, 200},
    {"group role assignments, bad cursor", "GET", "/admin/v2/orgs/{org}/directories/-/groups/{group}/role-assignments?cursor=garbage", nullptr, 400},
    {"create group", "POST", "/admin/v2/orgs/{org}/directories/{dir}/groups", R"({"name": "contract-test-group", "description": "Made by tst_contract"})", 201},
    {"create group, name taken", "POST", "/admin/v2/orgs/{org}/directories/{dir}/groups", R"({"name": "Contract-Test-Group"})", 409},
    {"create group, no name", "POST", "/admin/v2/orgs/{org}/directories/{dir}/groups", R"({"description": "nameless"})", 400},
    {"add member", "POST", "/admin/v2/orgs/{org}/directories/-/groups/{group}/memberships", R"({"accountId": "{user}"})", 204},
    {"add member, again", "POST", "/admin/v2/orgs/{org}/directories/-/groups/{group}/memberships", R"({"accountId": "{user}"})", 409},
    {"add member, unknown user", "POST", "/admin/v2/orgs/{org}/directories/-/groups/{group}/memberships", R"({"accountId": "{unknownUser}"})", 404},
    {"add member, synced group", "POST", "/admin/v2/orgs/{org}/directories/-/groups/{syncedGroup}/memberships", R"({"accountId": "{user}"})", 403},
    {"remove member", "DELETE", "/admin/v2/orgs/{org}/directories/-/groups/{group}/memberships/{user}", nullptr, 204},
    {"grant group role", "POST", "/admin/v2/orgs/{org}/directories/-/groups/{group}/role-assignments/assign", R"({"resourceId": "{resource}", "roleId": "atlassian/user"})", 200},
    {"grant group role, unknown role", "POST", "/admin/v2/orgs/{org}/directories/-/groups/{group}/role-assignments/assign", R"({"resourceId": "{resource}", "roleId": "atlassian/emperor"})", 400},
    {"revoke group role", "POST", "/admin/v2/orgs/{org}/directories/-/groups/{group}/role-assignments/revoke", R"({"resourceId": "{resource}", "roleId": "atlassian/user"})", 204},
    {"delete group, synced", "DELETE", "/admin/v2/orgs/{org}/directories/-/groups/{syncedGroup}", nullptr, 403},
    {"delete group", "DELETE", "/admin/v2/orgs/{org}/directories/{dir}/groups/{group}", nullptr, 204},
    {"delete group, again", "DELETE", "/admin/v2/orgs/{org}/directories/{dir}/groups/{group}", nullptr, 404},
    // Workspaces (P4: body cursor).
    {"workspaces", "POST", "/admin/v2/orgs/{org}/workspaces", "{}", 200},
    {"workspaces, query", "POST", "/admin/v2/orgs/{org}/workspaces", R"({"limit": 2, "query": {"and": [{"field": {"name": "typeKey", "values": ["jira-software"]}}, {"searchWorkspaces": "acme"}]}, "sort": [{"field": "name", "order": "desc"}]})", 200},
    {"workspaces, limit 1001", "POST", "/admin/v2/orgs/{org}/workspaces", R"({"limit": 1001})", 400},
    {"workspaces, bad cursor", "POST", "/admin/v2/orgs/{org}/workspaces", R"({"cursor": "garbage"})", 400},
    {"workspaces, unknown org", "POST", "/admin/v2/orgs/{unknownOrg}/workspaces", "{}", 404},
    // A person's roles: the v2 listing, v1 grant/revoke of product roles and of org admin.
    {"user role assignments", "GET", "/admin/v2/orgs/{org}/directories/-/users/{user}/role-assignments", nullptr, 200},
    {"user role assignments, filtered", "GET", "/admin/v2/orgs/{org}/directories/{dir}/users/{user}/role-assignments?limit=2&roleIds=atlassian/user&resourceOwners=platform&resourceOwners=jira-software", nullptr, 200},
    {"user role assignments, bad cursor", "GET", "/admin/v2/orgs/{org}/directories/-/users/{user}/role-assignments?cursor=garbage", nullptr, 400},
    {"user role assignments, unknown user", "GET", "/admin/v2/orgs/{org}/directories/-/users/{unknownUser}/role-assignments", nullptr, 404},
    {"grant role, no resource", "POST", "/admin/v1/orgs/{org}/users/{user}/roles/assign", R"({"role": "atlassian/user"})", 400},
    {"grant role, unknown user", "POST", "/admin/v1/orgs/{org}/users/{unknownUser}/roles/assign", R"({"role": "atlassian/org-admin"})", 404},
    {"revoke role, unknown resource", "POST", "/admin/v1/orgs/{org}/users/{user}/roles/revoke", R"({"role": "atlassian/user", "resource": "ari:cloud:jira-software::site/nowhere"})", 404},
    {"grant org admin", "POST", "/admin/v1/orgs/{org}/users/{user}/role-assignments/assign", R"({"role": "atlassian/org-admin"})", 204},
    {"grant org admin, wrong role", "POST", "/admin/v1/orgs/{org}/users/{user}/role-assignments/assign", R"({"role": "atlassian/admin"})", 400},
    {"revoke org admin", "POST", "/admin/v1/orgs/{org}/users/{user}/role-assignments/revoke", R"({"role": "atlassian/org-admin"})", 204},
    // Invitations: one result per address; 206 when any role or group was refused.
    {"invite", "POST", "/admin/v2/orgs/{org}/users/invite", R"({"emails": ["contract.invitee@example.com"], "permissionRules": [{"resource": "{resource}", "role": "atlassian/user"}], "sendNotification": true, "notificationText": "Welcome aboard"})", 200},
    {"invite, a role nowhere taken", "POST", "/admin/v2/orgs/{org}/users/invite", R"({"emails": ["contract.viewer@example.com", "contract.invitee@example.com"], "permissionRules": [{"resource": "{resource}", "role": "atlassian/viewer"}]})", 206},
    {"invite, no addresses", "POST", "/admin/v2/orgs/{org}/users/invite", R"({"emails": []})", 400},
    {"invite, unknown workspace", "POST", "/admin/v2/orgs/{org}/users/invite", R"({"emails": ["contract.nowhere@example.com"], "permissionRules": [{"resource": "ari:cloud:jira-software::site/nowhere", "role": "atlassian/user"}]})", 404},
    {"invite, unknown org", "POST", "/admin/v2/orgs/{unknownOrg}/users/invite", R"({"emails": ["contract.invitee@example.com"]})", 404},
    // Policies (org v1; the same handlers under Admin Control v1, and v2 data security). The
    // seeded policies have fixed ids: ...0001-...0003 IP allowlists, ...0004 data residency.
    {"policies", "GET", "/admin/v1/orgs/{org}/policies", nullptr, 200},
    {"policies, by type", "GET", "/admin/v1/orgs/{org}/policies?type=data-residency", nullptr, 200},
    {"policy", "GET", "/admin/v1/orgs/{org}/policies/0b1d5e7a-0000-4000-8000-000000000001", nullptr, 200},
    {"policy, unknown", "GET", "/admin/v1/orgs/{org}/policies/no-such-policy", nullptr, 404},
    {"create policy", "POST", "/admin/v1/orgs/{org}/policies", R"({"data": {"type": "policy", "attributes": {"type": "ip-allowlist", "name": "Contract", "status": "enabled", "rule": {"in": ["192.0.2.0/24", "2001:db8::/32"]}}}})", 202},
    {"create policy, bad CIDR", "POST", "/admin/v1/orgs/{org}/policies", R"({"data": {"type": "policy", "attributes": {"type": "ip-allowlist", "name": "Bad", "rule": {"in": ["10.0.0.300/8"]}}}})", 400},
    {"update policy", "PUT", "/admin/v1/orgs/{org}/policies/0b1d5e7a-0000-4000-8000-000000000002", R"({"data": {"id": "0b1d5e7a-0000-4000-8000-000000000002", "type": "policy", "attributes": {"type": "ip-allowlist", "name": "Finance VPN only", "status": "disabled", "rule": {"in": ["192.0.2.0/28", "198.18.0.0/15"]}}}})", 202},
    {"add policy resource", "POST", "/admin/v1/orgs/{org}/policies/0b1d5e7a-0000-4000-8000-000000000002/resources", R"({"id": "ari:cloud:confluence::site/contract-1"})", 202},
    {"update policy resource", "PUT", "/admin/v1/orgs/{org}/policies/0b1d5e7a-0000-4000-8000-000000000002/resources/ari:cloud:confluence::site%2Fcontract-1", R"({"links": {"ticket": "https://support.example/T-1"}})", 202},
    {"remove policy resource", "DELETE", "/admin/v1/orgs/{org}/policies/0b1d5e7a-0000-4000-8000-000000000002/resources/ari:cloud:confluence::site%2Fcontract-1", nullptr, 204},
    {"remove policy resource, unknown", "DELETE", "/admin/v1/orgs/{org}/policies/0b1d5e7a-0000-4000-8000-000000000002/resources/ari:cloud:confluence::site%2Fnone", nullptr, 404},
    {"validate policy", "GET", "/admin/v1/orgs/{org}/policies/0b1d5e7a-0000-4000-8000-000000000001/validate", nullptr, 202},
    {"delete policy", "DELETE", "/admin/v1/orgs/{org}/policies/0b1d5e7a-0000-4000-8000-000000000003", nullptr, 202},
    {"control policies", "GET", "/admin/control/v1/orgs/{org}/policies?type=ip-allowlist", nullptr, 200},
    {"control policy, unknown", "GET", "/admin/control/v1/orgs/{org}/policies/no-such-policy", nullptr, 404},
    {"control v2 data security", "GET", "/admin/control/v2/orgs/{org}/policies?type=data-security", nullptr, 200},
    {"auth policy add users", "POST", "/admin/control/v1/orgs/{org}/auth-policy/5e7ba1d0-ca11-4e5e-9a11-000000000002/add-users", R"({"users": ["nobody@example.com"]})", 202},
    {"auth policy add users, none", "POST", "/admin/control/v1/orgs/{org}/auth-policy/5e7ba1d0-ca11-4e5e-9a11-000000000002/add-users", R"({"users": []})", 400},
    {"auth policy task, unknown", "GET", "/admin/control/v1/orgs/{org}/auth-policy/task/no-such-task", nullptr, 404},
    // The audit log (search, stream, one event, the action catalogue).
    {"events", "GET", "/admin/v1/orgs/{org}/events?limit=5", nullptr, 200},
    {"events, filtered", "GET", "/admin/v1/orgs/{org}/events?q=a&action=user_logged_in&product=jira,confluence&from=0&to=99999999999999&limit=3", nullptr, 200},
    {"events, by location", "GET", "/admin/v1/orgs/{org}/events?location=%5B%7B%22city%22%3A%22London%22%2C%22countryName%22%3A%22United%20Kingdom%22%7D%5D", nullptr, 200},
    {"events, bad time", "GET", "/admin/v1/orgs/{org}/events?from=yesterday", nullptr, 400},
    {"events, limit 501", "GET", "/admin/v1/orgs/{org}/events?limit=501", nullptr, 400},
    {"events, bad cursor", "GET", "/admin/v1/orgs/{org}/events?cursor=garbage", nullptr, 400},
    {"events stream", "GET", "/admin/v1/orgs/{org}/events-stream?limit=5", nullptr, 200},
    {"events stream, newest first", "GET", "/admin/v1/orgs/{org}/events-stream?sortOrder=desc&from=0&limit=5", nullptr, 200},
    {"events stream, bad time", "GET", "/admin/v1/orgs/{org}/events-stream?from=5&to=4", nullptr, 400},
    {"events stream, bad cursor", "GET", "/admin/v1/orgs/{org}/events-stream?cursor=garbage", nullptr, 400},
    {"event, unknown", "GET", "/admin/v1/orgs/{org}/events/no-such-event", nullptr, 404},
    {"event actions", "GET", "/admin/v1/orgs/{org}/event-actions", nullptr, 200},
    {"org, wrong key", "GET", "/admin/v1/orgs/{org}", nullptr, 401, Key::Wrong},
    // SCIM (user provisioning), with the directory's own key; the org key gets 401 there.
    {"scim users", "GET", "/scim/directory/{scimDir}/Users?startIndex=2&count=5", nullptr, 200, Key::Scim},
    {"scim users, filter", "GET", "/scim/directory/{scimDir}/Users?filter=userName%20eq%20%22priya.sharma.2019%40acmelabs.io%22", nullptr, 200, Key::Scim},
    {"scim users, filter on externalId", "GET", "/scim/directory/{scimDir}/Users?filter=externalId%20eq%20%22nobody%22", nullptr, 200, Key::Scim},
    {"scim users, unsupported filter", "GET", "/scim/directory/{scimDir}/Users?filter=title%20eq%20%22x%22", nullptr, 400, Key::Scim},
    {"scim users, attributes", "GET", "/scim/directory/{scimDir}/Users?count=3&attributes=userName,emails.value,name.givenName", nullptr, 200, Key::Scim},
    {"scim users, both projections", "GET", "/scim/directory/{scimDir}/Users?attributes=userName&excludedAttributes=emails", nullptr, 400, Key::Scim},
    {"scim users, org key", "GET", "/scim/directory/{scimDir}/Users", nullptr, 401, Key::Valid},
    {"scim users, unknown directory", "GET", "/scim/directory/{unknownOrg}/Users", nullptr, 404, Key::Scim},
    {"scim user", "GET", "/scim/directory/{scimDir}/Users/{scimUser}", nullptr, 200, Key::Scim},
    {"scim user, excluded attributes", "GET", "/scim/directory/{scimDir}/Users/{scimUser}?excludedAttributes=groups,meta", nullptr, 200, Key::Scim},
    {"scim user, unknown", "GET", "/scim/directory/{scimDir}/Users/{unknownOrg}", nullptr, 404, Key::Scim},
    {"scim create user", "POST", "/scim/directory/{scimDir}/Users", R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "contract.scim@acmelabs.io", "externalId": "00ucontract", "name": {"givenName": "Contract", "familyName": "Scim"}, "displayName": "Contract Scim", "emails": [{"value": "contract.scim@acmelabs.io", "type": "work", "primary": true}], "active": true})", 201, Key::Scim},
    {"scim create user, taken", "POST", "/scim/directory/{scimDir}/Users", R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "Contract.Scim@acmelabs.io", "emails": [{"value": "contract.scim@acmelabs.io", "primary": true}]})", 409, Key::Scim},
    {"scim create user, no userName", "POST", "/scim/directory/{scimDir}/Users", R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "emails": [{"value": "x@acmelabs.io", "primary": true}]})", 400, Key::Scim},
    {"scim create user, unverified domain", "POST", "/scim/directory/{scimDir}/Users", R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "x@gmail.com", "emails": [{"value": "x@gmail.com", "primary": true}]})", 400, Key::Scim},
    {"scim replace user", "PUT", "/scim/directory/{scimDir}/Users/{scimUser}", R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "contract.replaced@acmelabs.io", "displayName": "Replaced", "title": "Engineer", "emails": [{"value": "contract.replaced@acmelabs.io", "primary": true}], "active": true})", 200, Key::Scim},
    {"scim patch user", "PATCH", "/scim/directory/{scimDir}/Users/{scimUser}", R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "title", "value": "Lead"}, {"op": "add", "path": "emails[type eq \"work\"].value", "value": "contract.replaced@acmelabs.io"}, {"op": "remove", "path": "nickName"}]})", 200, Key::Scim},
    {"scim patch user, bad op", "PATCH", "/scim/directory/{scimDir}/Users/{scimUser}", R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "move", "path": "title"}]})", 400, Key::Scim},
    {"scim patch user, unknown", "PATCH", "/scim/directory/{scimDir}/Users/{unknownOrg}", R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "active", "value": false}]})", 404, Key::Scim},
    {"scim delete user", "DELETE", "/scim/directory/{scimDir}/Users/{scimOtherUser}", nullptr, 204, Key::Scim},
    {"scim delete user, again", "DELETE", "/scim/directory/{scimDir}/Users/{scimOtherUser}", nullptr, 404, Key::Scim},
    {"scim groups", "GET", "/scim/directory/{scimDir}/Groups?startIndex=1&count=2", nullptr, 200, Key::Scim},
    {"scim groups, filter", "GET", "/scim/directory/{scimDir}/Groups?filter=displayName%20eq%20%22{scimGroupName}%22", nullptr, 200, Key::Scim},
    {"scim groups, unsupported filter", "GET", "/scim/directory/{scimDir}/Groups?filter=externalId%20eq%20%22x%22", nullptr, 400, Key::Scim},
    {"scim group", "GET", "/scim/directory/{scimDir}/Groups/{scimGroup}", nullptr, 200, Key::Scim},
    {"scim group, unknown", "GET", "/scim/directory/{scimDir}/Groups/{unknownOrg}", nullptr, 404, Key::Scim},
    {"scim create group", "POST", "/scim/directory/{scimDir}/Groups", R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "contract-scim-group", "externalId": "00gcontract", "members": [{"value": "{scimUser}"}]})", 201, Key::Scim},
    {"scim create group, taken", "POST", "/scim/directory/{scimDir}/Groups", R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Contract-Scim-Group"})", 409, Key::Scim},
    {"scim patch group members", "PATCH", "/scim/directory/{scimDir}/Groups/{scimGroup}", R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "add", "path": "members", "value": [{"value": "{scimUser}"}]}]})", 200, Key::Scim},
    {"scim patch group, rename", "PATCH", "/scim/directory/{scimDir}/Groups/{scimGroup}", R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "displayName", "value": "renamed"}]})", 400, Key::Scim},
    {"scim replace group", "PUT", "/scim/directory/{scimDir}/Groups/{scimGroup}", R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "{scimGroupName}", "members": [{"value": "{scimUser}"}]})", 200, Key::Scim},
    {"scim delete group", "DELETE", "/scim/directory/{scimDir}/Groups/{scimGroup}", nullptr, 204, Key::Scim},
    {"scim delete group, again", "DELETE", "/scim/directory/{scimDir}/Groups/{scimGroup}", nullptr, 404, Key::Scim},
    {"scim schemas", "GET", "/scim/directory/{scimDir}/Schemas", nullptr, 200, Key::Scim},
    {"scim user schema", "GET", "/scim/directory/{scimDir}/Schemas/urn:ietf:params:scim:schemas:core:2.0:User", nullptr, 200, Key::Scim},
    {"scim group schema", "GET", "/scim/directory/{scimDir}/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group", nullptr, 200, Key::Scim},
    {"scim enterprise schema", "GET", "/scim/directory/{scimDir}/Schemas/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", nullptr, 200, Key::Scim},
    {"scim resource types", "GET", "/scim/directory/{scimDir}/ResourceTypes", nullptr, 200, Key::Scim},
    {"scim user resource type", "GET", "/scim/directory/{scimDir}/ResourceTypes/User", nullptr, 200, Key::Scim},
    {"scim group resource type", "GET", "/scim/directory/{scimDir}/ResourceTypes/Group", nullptr, 200, Key::Scim},
    {"scim service provider config", "GET", "/scim/directory/{scimDir}/ServiceProviderConfig", nullptr, 200, Key::Scim},
    {"scim key on the org API", "GET", "/admin/v1/orgs/{org}", nullptr, 401, Key::Scim},
    // The SCIM link-repair routes (no published document: status and JSON only), org key.
    {"scim links of account", "GET", "/admin/user-provisioning/v1/org/{org}/user/{scimAccount}/get-scim-links", nullptr, 200},
    {"scim links of account, unknown", "GET", "/admin/user-provisioning/v1/org/{org}/user/{unknownUser}/get-scim-links", nullptr, 404},
    {"scim links of account, unknown org", "GET", "/admin/user-provisioning/v1/org/{unknownOrg}/user/{scimAccount}/get-scim-links", nullptr, 404},
    {"scim links of e-mail", "POST", "/admin/user-provisioning/v1/org/{org}/get-scim-links-for-email", R"({"email": "sam.okafor@acmelabs.io"})", 200},
    {"scim links of e-mail, no e-mail", "POST", "/admin/user-provisioning/v1/org/{org}/get-scim-links-for-email", "{}", 400},
    {"scim unlink", "PATCH", "/admin/user-provisioning/v1/org/{org}/scimDirectoryId/{scimDir}/scimUserId/{scimUser}/unlink", nullptr, 200},
    {"scim unlink, unknown user", "PATCH", "/admin/user-provisioning/v1/org/{org}/scimDirectoryId/{scimDir}/scimUserId/{unknownOrg}/unlink", nullptr, 404},
    {"scim delete records", "DELETE", "/admin/user-provisioning/v1/org/{org}/user/{scimThirdAccount}/onlyDeleteUserInDB", nullptr, 200},
    {"scim delete records, again", "DELETE", "/admin/user-provisioning/v1/org/{org}/user/{scimThirdAccount}/onlyDeleteUserInDB", nullptr, 404},
    // Not an API: the sandbox serves the avatar images its users' picture URLs point to.
    {"sandbox avatar", "GET", "/sandbox/avatars/{user}.svg", nullptr, 200},
};
// clang-format on

// Answers of the sandbox that its spec does not document, reported for a fix in sandbox/. While
// listed, a matching row is an expected failure; an XPASS then says the entry can go.
struct KnownMismatch
{
    int status;
    const char *pathPattern; // matched against the row's path, placeholders unfilled
    const char *why;
};

const KnownMismatch KnownMismatches[] = {
    {204, "/policies/[^/]+/resources/",
     "The organizations spec attaches a JSON body to the 204 of DELETE .../resources/{resourceId} "
     "(CATALOG §1.7: \"spec oddly attaches a body\"); a 204 carries none"},
    {401, "^/users/",
     "User management documents 401 as {key: unauthorized}; the sandbox's front end answers "
     "the gateway's ProxyError {code, message} for every family"},
    {429, "^/users/[^/]+/manage/api-tokens$",
     "User management documents 429 on api-tokens without a body; the sandbox's front end "
     "answers the gateway's ProxyError {code, message}"},
    {401, "(/suspend|/restore|/users/\\{otherUser\\})$",
     "The v2 suspend, restore and remove routes document 401 without a body; the sandbox's front "
     "end answers the gateway's ProxyError {code, message} for every family"},
    {429, "^/users/[^/]+/manage(/profile)?(\\?.*)?$",
     "User management documents 429 only on api-tokens; the sandbox's rate limit answers 429 on "
     "every route"},
    // The group write routes (create, delete, memberships, role assign/revoke) document their
    // errors without a body; the sandbox answers ApplicationErrors as the catalog describes
    // (§0.4, §1.4: ADMIN-403-6/7, 409 "name exists"), so that the client can say why.
    {401,
     "(\\{dir\\}/groups(/\\{group\\})?|/groups/\\{\\w+\\}/(memberships(/"
     "\\{user\\})?|role-assignments/(assign|revoke)))$",
     "group write routes document 401 without a body; the front end answers ProxyError"},
    {400, "(\\{dir\\}/groups|/groups/\\{\\w+\\}/role-assignments/assign)$",
     "group write routes document 400 without a body; the sandbox says which field is wrong"},
    {403, "/groups/\\{syncedGroup\\}(/memberships)?$",
     "group write routes document 403 without a body; the sandbox gives the reason (synced, "
     "default-access or admin group: ADMIN-403-5/6/7)"},
    {404, "(/groups/\\{\\w+\\}/memberships|\\{dir\\}/groups/\\{group\\})$",
     "group write routes document 404 without a body; the sandbox says what was not found"},
    {409, "(\\{dir\\}/groups|/groups/\\{\\w+\\}/memberships)$",
     "group write routes document 409 without a body; the sandbox says what conflicts (a "
     "name taken, already a member)"},
    {200, "/event-actions$",
     "CATALOG §9.1 gives event-actions items attributes.groupDisplayNames[]; the spec's "
     "EventActionModel does not declare it"},
    {404, "^/admin/v2/orgs/\\{unknownOrg\\}/directories$",
     "GET /v2/orgs/{orgId}/directories documents no 404 (only 200, 400, 401, 429, 500)"},
    {429, "^/scim/",
     "The SCIM document lists no 429; the sandbox's rate limit answers the gateway's ProxyError "
     "on every route"},
};

} // namespace

// Real HTTP requests to every route the server (the sandbox by default) serves, and their
// answers validated against the official OpenAPI documents of tests/data/specs.
class TestContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void routes_data();
    void routes();
    void wrongKey_data();
    void wrongKey();
    void rateLimited_data();
    void rateLimited();

private:
    static void addRouteRows(bool (*include)(const Route &));
    HttpExchange sendAs(Key key, const QByteArray &method, const QString &path,
                        const QByteArray &body);
    void checkAnswer(const QString &routePath, const HttpExchange &exchange);

    SpecContractFixture m_fixture;
};

void TestContract::initTestCase()
{
    sandbox::SandboxOptions options;
    options.users = 300;
    options.seed = 7;
    // GET /events allows 10 requests a minute (tst_sandboxevents checks it): its rows here run
    // more often than that.
    options.eventsRateLimitPerMinute = 0;
    QString error;
    QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
}

void TestContract::addRouteRows(bool (*include)(const Route &))
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("key");
    for (const Route &route : Routes) {
        if (include(route))
            QTest::newRow(route.name) << QByteArray(route.method) << QString::fromUtf8(route.path)
                                      << QByteArray(route.body) << route.status << int(route.key);
    }
}

void TestContract::checkAnswer(const QString &routePath, const HttpExchange &exchange)
{
    for (const KnownMismatch &known : KnownMismatches) {
        const QRegularExpression pattern(QString::fromLatin1(known.pathPattern));
        if (!m_fixture.server().isExternal() && known.status == exchange.status &&
            pattern.match(routePath).hasMatch())
            QEXPECT_FAIL("", known.why, Continue);
    }
    const QStringList problems = m_fixture.contract().responseProblems(exchange);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

HttpExchange TestContract::sendAs(Key key, const QByteArray &method, const QString &path,
                                  const QByteArray &body)
{
    if (key == Key::Scim)
        return m_fixture.sendWithKey(method, path, body, m_fixture.scimKey());
    return m_fixture.send(method, path, body, key == Key::Valid);
}

void TestContract::routes_data()
{
    addRouteRows([](const Route &) { return true; });
}

void TestContract::routes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, key);
    const QString routePath = path;
    if (path.contains(QLatin1String("{scim")) && m_fixture.scimKey().isEmpty())
        QSKIP("Needs a SCIM directory and its key: sandbox only.");
    // Against a real organization only what reads: GETs and the POST searches.
    const bool reads = method == "GET" || path.endsWith(QLatin1String("/search")) ||
                       path.endsWith(QLatin1String("/workspaces"));
    if (m_fixture.server().isExternal() && !reads)
        QSKIP("Changes the organization: sandbox only.");
    path = m_fixture.fill(path);
    body = m_fixture.fill(QString::fromUtf8(body)).toUtf8();
    // The test's own requests must be right, except where a row sends a wrong one on purpose.
    if (status < 400) {
        const QStringList problems =
            m_fixture.contract().requestProblems(method, QUrl(path).path(QUrl::FullyEncoded), body);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
    const HttpExchange exchange = sendAs(Key(key), method, path, body);
    QVERIFY2(exchange.status == status,
             qPrintable(QStringLiteral("expected %1, got %2: %3")
                            .arg(status)
                            .arg(exchange.status)
                            .arg(QString::fromUtf8(exchange.body.left(300)))));
    checkAnswer(routePath, exchange);
}

// A row that succeeds on a route of an Atlassian API (not a sandbox helper).
static bool succeedsOnApi(const Route &route)
{
    return route.status < 300 && !SpecContract::isUnspecified(QString::fromLatin1(route.path));
}

// Every API route refuses a wrong key with a 401 that its spec documents.
void TestContract::wrongKey_data()
{
    addRouteRows(succeedsOnApi);
}

void TestContract::wrongKey()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    if (path.contains(QLatin1String("{scim")) && m_fixture.scimKey().isEmpty())
        QSKIP("Needs a SCIM directory: sandbox only.");
    const HttpExchange exchange = m_fixture.send(
        method, m_fixture.fill(path), m_fixture.fill(QString::fromUtf8(body)).toUtf8(), false);
    QCOMPARE(exchange.status, 401);
    checkAnswer(path, exchange);
}

// Reads only: the request that the limit lets through must be harmless to repeat.
void TestContract::rateLimited_data()
{
    addRouteRows([](const Route &route) {
        return succeedsOnApi(route) && QByteArray(route.method) == "GET";
    });
}

void TestContract::rateLimited()
{
    if (m_fixture.server().isExternal())
        QSKIP("Needs the sandbox's rate-limit control");
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, key);
    sandbox::SandboxServer *sandbox = m_fixture.server().sandbox();
    sandbox->setRateLimit(1);
    HttpExchange exchange;
    for (int attempt = 0; attempt < 5 && exchange.status != 429; ++attempt)
        exchange = sendAs(Key(key), method, m_fixture.fill(path), {});
    sandbox->setRateLimit(0);
    QCOMPARE(exchange.status, 429);
    QVERIFY2(!exchange.header("Retry-After").isEmpty(), "429 without Retry-After");
    checkAnswer(path, exchange);
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
