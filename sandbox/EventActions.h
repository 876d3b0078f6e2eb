#pragma once

#include <QString>

#include <span>

namespace sandbox {

// The audit log's actions (CATALOG §1.6 event-actions), in the sandbox's own catalogue. The
// order is the index an EventRecord carries.
enum EventAction : quint16 {
    UserLoggedIn,
    UserLoginFailed,
    UserInvited,
    UserSuspended,
    UserRestored,
    UserRemovedFromDirectory,
    UserDeactivated,
    UserReactivated,
    UserDeletionScheduled,
    UserDeletionCancelled,
    UserProfileUpdated,
    UserEmailChanged,
    ProductAccessGranted,
    ProductAccessRevoked,
    UserRoleGranted,
    UserRoleRevoked,
    GroupCreated,
    GroupDeleted,
    UserAddedToGroup,
    UserRemovedFromGroup,
    GroupRoleGranted,
    GroupRoleRevoked,
    PolicyCreated,
    PolicyUpdated,
    PolicyDeleted,
    PolicyResourceAdded,
    PolicyResourceUpdated,
    PolicyResourceRemoved,
    AuthPolicyUsersAdded,
    ApiKeyCreated,
    ApiKeyRevoked,
    ApiTokenCreated,
    ApiTokenRevoked,
    AllApiTokensRevoked,
    ClassificationLevelCreated,
    ClassificationLevelUpdated,
    ClassificationLevelsPublished,
    ClassificationLevelsArchived,
    ClassificationLevelsRestored,
    ClassificationLevelsReordered,
    DomainVerified,
    GuardDetectAlert,
    EventActionCount
};

// What EventRecord::target means for an action.
enum class EventTarget : quint8 { None, Group, Product, ApiKey, Policy, TokenLabel, Domain };

// The values of the events search's "product" filter.
enum class EventProduct : quint8 { None, Jira, Confluence, Bitbucket, GuardDetect, Loom, OfTarget };

struct EventActionInfo
{
    const char *id;              // "user_suspended"
    const char16_t *displayName; // "Suspended a user's access"
    const char16_t *group;       // "User management"
    // The event's message: {actor}, {subject} (the person acted on) and {target} are filled in.
    const char16_t *message;
    EventTarget target;
    bool hasSubject; // the record names a person acted on
    EventProduct product;
};

std::span<const EventActionInfo> eventActions();
const EventActionInfo &eventAction(int action);
int eventActionIndex(const QString &id); // -1 when unknown

// "bitbucket", "confluence", "guard_detect", "jira", "loom"; empty for None.
QString eventProductName(EventProduct product);
EventProduct parseEventProduct(const QString &name); // None when unknown

} // namespace sandbox
