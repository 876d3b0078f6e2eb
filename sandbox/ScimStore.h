#pragma once

#include "OrgData.h"
#include "ScimData.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace sandbox {

class OrgStore;

// The SCIM records on the server thread, and what they do to the org: the one place where a
// SCIM write reaches an account (linked, deactivated, made) or a group of Groups, so that the
// org's state stays one. Server thread only.
class ScimStore
{
public:
    ScimStore(OrgStore &org, ScimData data);

    OrgStore &org() { return m_org; }
    const OrgStore &org() const { return m_org; }
    const ScimData &data() const { return m_data; }

    // Keys and directories.
    int directoryIndex(const QString &directoryId) const; // -1 when unknown
    const ScimDirectory &directory(int index) const { return m_data.directories.at(index); }
    bool keyOpens(int directory, const QByteArray &authorizationHeader) const;
    bool isScimKey(const QByteArray &authorizationHeader) const;

    // Users: indices into data().users.
    QList<int> usersIn(int directory) const; // in the order they were made
    int userIndex(int directory, const QString &scimUserId) const;
    int userNamed(int directory, const QString &userName, int except = -1) const;
    int linkedIn(int directory, const QString &accountId) const; // the record linked to it, or -1
    QList<int> linksOf(const QString &accountId) const;          // in every directory
    ScimUserRecord &user(int index) { return m_data.users[index]; }
    const ScimUserRecord &user(int index) const { return m_data.users.at(index); }
    int addUser(ScimUserRecord record);
    void removeUser(int index); // indices after it move down by one

    // Groups: indices into data().groups (a deleted group of Groups is gone here too).
    QList<int> groupsIn(int directory) const;
    int groupIndex(int directory, const QString &groupId) const;
    ScimGroupRecord &groupRecord(int index) { return m_data.groups[index]; }
    int orgGroup(int scimGroup) const; // index into OrgData::groups, -1 when gone
    // Makes a synced group in Groups and its record; the index, or nothing when every group
    // slot is taken.
    std::optional<int> addGroup(int directory, const QString &displayName,
                                const QString &externalId);
    void removeGroup(int scimGroup);           // deletes the group in Groups too
    QList<int> membersOf(int scimGroup) const; // user records whose account is in the group
    // Adds or removes the record's account; false when the record has no account.
    bool setMember(int scimGroup, int userRecord, bool member);
    QList<int> groupsOf(int userRecord) const; // groups of its directory its account is in

    // Accounts.
    int accountOf(int userRecord) const; // index into OrgData::users, -1 when none or unknown
    // The account with this e-mail (any case), or -1.
    int accountByEmail(const QString &email) const;
    bool isVerifiedDomain(const QString &email) const;
    // A new managed account in the directory's org directory for this record.
    int makeAccount(int directory, const QString &email, const QString &name, bool active);
    // Deactivates the account, or gives it back the status it had; nothing for closed accounts
    // or ones scheduled for deletion.
    void setAccountActive(int account, bool active);
    void setAccountEmail(int account, const QString &email); // verified, as the provider says
    // An account is synced while a record links it; it goes back to invited when none does.
    void refreshManagement(int account);
    // Takes the account out of the synced groups of `directory` (-1: of every directory).
    void dropSyncedMemberships(int account, int directory);

    qint64 nowMs() const;

private:
    OrgStore &m_org;
    ScimData m_data;
    QSet<QString> m_verifiedDomains;
    QHash<int, UserStatus> m_statusBeforeDeactivation; // by account index
};

} // namespace sandbox
