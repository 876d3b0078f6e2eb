#include "ScimStore.h"

#include "Ids.h"
#include "OrgSeeder.h"
#include "OrgStore.h"
#include "SandboxClock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QUuid>
#include <QtEndian>

namespace sandbox {
namespace {

QString domainOf(const QString &email)
{
    return email.mid(email.lastIndexOf(u'@') + 1).toLower();
}

QString bearer(const QByteArray &authorizationHeader)
{
    const QByteArray prefix = "Bearer ";
    if (!authorizationHeader.startsWith(prefix))
        return {};
    return QString::fromUtf8(authorizationHeader.mid(prefix.size()).trimmed());
}

} // namespace

QString ScimUserRecord::primaryEmail() const
{
    const QJsonArray emails = attributes.value(QLatin1String("emails")).toArray();
    for (const QJsonValue &email : emails) {
        if (email[QLatin1String("primary")].toBool())
            return email[QLatin1String("value")].toString();
    }
    return emails.isEmpty() ? QString() : emails.first()[QLatin1String("value")].toString();
}

ScimStore::ScimStore(OrgStore &org, ScimData data) : m_org(org), m_data(std::move(data))
{
    // The domains of the org's managed accounts are the ones it has verified.
    for (const SeedUser &user : m_org.data().users) {
        if (user.managed)
            m_verifiedDomains.insert(domainOf(user.email));
    }
}

int ScimStore::directoryIndex(const QString &directoryId) const
{
    for (int i = 0; i < m_data.directories.size(); ++i) {
        if (m_data.directories.at(i).id == directoryId)
            return i;
    }
    return -1;
}

bool ScimStore::keyOpens(int directory, const QByteArray &authorizationHeader) const
{
    const QString key = bearer(authorizationHeader);
    return directory >= 0 && !key.isEmpty() && m_data.directories.at(directory).key == key;
}

bool ScimStore::isScimKey(const QByteArray &authorizationHeader) const
{
    for (int i = 0; i < m_data.directories.size(); ++i) {
        if (keyOpens(i, authorizationHeader))
            return true;
    }
    return false;
}

QList<int> ScimStore::usersIn(int directory) const
{
    QList<int> result;
    for (int i = 0; i < m_data.users.size(); ++i) {
        if (m_data.users.at(i).directory == directory)
            result.append(i);
    }
    return result;
}

int ScimStore::userIndex(int directory, const QString &scimUserId) const
{
    for (int i = 0; i < m_data.users.size(); ++i) {
        const ScimUserRecord &record = m_data.users.at(i);
        if (record.directory == directory && record.id == scimUserId)
            return i;
    }
    return -1;
}

int ScimStore::userNamed(int directory, const QString &userName, int except) const
{
    for (int i = 0; i < m_data.users.size(); ++i) {
        const ScimUserRecord &record = m_data.users.at(i);
        if (i != except && record.directory == directory &&
            record.userName.compare(userName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int ScimStore::linkedIn(int directory, const QString &accountId) const
{
    for (int i = 0; i < m_data.users.size(); ++i) {
        const ScimUserRecord &record = m_data.users.at(i);
        if (record.directory == directory && !accountId.isEmpty() && record.accountId == accountId)
            return i;
    }
    return -1;
}

QList<int> ScimStore::linksOf(const QString &accountId) const
{
    QList<int> result;
    for (int i = 0; i < m_data.users.size() && !accountId.isEmpty(); ++i) {
        if (m_data.users.at(i).accountId == accountId)
            result.append(i);
    }
    return result;
}

int ScimStore::addUser(ScimUserRecord record)
{
    m_data.users.append(std::move(record));
    return int(m_data.users.size() - 1);
}

void ScimStore::removeUser(int index)
{
    m_data.users.removeAt(index);
}

QList<int> ScimStore::groupsIn(int directory) const
{
    QList<int> result;
    for (int i = 0; i < m_data.groups.size(); ++i) {
        if (m_data.groups.at(i).directory == directory && orgGroup(i) >= 0)
            result.append(i);
    }
    return result;
}

int ScimStore::groupIndex(int directory, const QString &groupId) const
{
    for (int i = 0; i < m_data.groups.size(); ++i) {
        const ScimGroupRecord &record = m_data.groups.at(i);
        if (record.directory == directory && record.id == groupId && orgGroup(i) >= 0)
            return i;
    }
    return -1;
}

int ScimStore::orgGroup(int scimGroup) const
{
    const int index = m_org.groupIndex(m_data.groups.at(scimGroup).id);
    return index >= 0 && !m_org.data().groups.at(index).deleted ? index : -1;
}

std::optional<int> ScimStore::addGroup(int directory, const QString &displayName,
                                       const QString &externalId)
{
    // Memberships are bits of a 64-bit mask (SeedUser::groupMask): a deleted group's slot is
    // used again when every one is taken.
    OrgData &org = m_org.mutableData();
    int slot = int(org.groups.size());
    if (slot >= kMaxGroups) {
        const auto free = std::find_if(org.groups.cbegin(), org.groups.cend(),
                                       [](const Group &group) { return group.deleted; });
        if (free == org.groups.cend())
            return std::nullopt;
        slot = int(free - org.groups.cbegin());
    }
    const ScimDirectory &source = m_data.directories.at(directory);
    const Group group{QUuid::createUuid().toString(QUuid::WithoutBraces),
                      displayName,
                      QStringLiteral("Synced from %1").arg(source.name),
                      source.orgDirectory,
                      true,
                      false};
    if (slot < org.groups.size())
        org.groups[slot] = group;
    else
        org.groups.append(group);
    m_org.groupsChanged();
    const qint64 now = nowMs();
    m_data.groups.append({group.id, directory, externalId, now, now});
    return int(m_data.groups.size() - 1);
}

void ScimStore::removeGroup(int scimGroup)
{
    const int index = orgGroup(scimGroup);
    if (index >= 0) {
        OrgData &org = m_org.mutableData();
        const quint64 bit = quint64(1) << index;
        for (SeedUser &user : org.users)
            user.groupMask &= ~bit;
        org.groupGrants.remove(org.groups.at(index).id);
        org.groups[index].deleted = true;
        m_org.groupsChanged();
    }
    m_data.groups.removeAt(scimGroup);
}

QList<int> ScimStore::membersOf(int scimGroup) const
{
    const int index = orgGroup(scimGroup);
    QList<int> result;
    if (index < 0)
        return result;
    const quint64 bit = quint64(1) << index;
    for (int record : usersIn(m_data.groups.at(scimGroup).directory)) {
        const int account = accountOf(record);
        if (account >= 0 && (m_org.data().users.at(account).groupMask & bit))
            result.append(record);
    }
    return result;
}

bool ScimStore::setMember(int scimGroup, int userRecord, bool member)
{
    const int index = orgGroup(scimGroup);
    const int account = accountOf(userRecord);
    if (index < 0 || account < 0)
        return false;
    quint64 &mask = m_org.mutableData().users[account].groupMask;
    const quint64 bit = quint64(1) << index;
    mask = member ? (mask | bit) : (mask & ~bit);
    m_org.changed();
    return true;
}

QList<int> ScimStore::groupsOf(int userRecord) const
{
    QList<int> result;
    const int account = accountOf(userRecord);
    if (account < 0)
        return result;
    const quint64 mask = m_org.data().users.at(account).groupMask;
    for (int group : groupsIn(m_data.users.at(userRecord).directory)) {
        if (mask & (quint64(1) << orgGroup(group)))
            result.append(group);
    }
    return result;
}

int ScimStore::accountOf(int userRecord) const
{
    const QString &accountId = m_data.users.at(userRecord).accountId;
    if (accountId.isEmpty())
        return -1;
    const int index = m_org.userIndex(accountId);
    return index >= 0 && !m_org.data().users.at(index).closed ? index : -1;
}

int ScimStore::accountByEmail(const QString &email) const
{
    return m_org.userByEmail(email);
}

bool ScimStore::isVerifiedDomain(const QString &email) const
{
    return m_verifiedDomains.contains(domainOf(email));
}

int ScimStore::makeAccount(int directory, const QString &email, const QString &name, bool active)
{
    const OrgData &org = m_org.data();
    const int index = int(org.users.size());
    const QByteArray digest =
        QCryptographicHash::hash(email.toLower().toUtf8(), QCryptographicHash::Sha1);
    SeedUser user;
    user.accountId = hexDigits(qFromBigEndian<quint64>(digest.constData()), 16) +
                     hexDigits(quint64(index) * 0x9e3779b1u, 8);
    user.email = email.toLower();
    user.name = name.isEmpty() ? email.section(u'@', 0, 0) : name;
    user.nickname = user.name.section(u' ', 0, 0);
    user.addedToOrg = nowMs() / 1000;
    user.directory = qint8(m_data.directories.at(directory).orgDirectory);
    user.organization = user.directory == OktaDirectory ? 1 : 0;
    user.managed = true;
    user.emailVerified = true;
    user.managementSource = ManagementSource::Synced;
    user.status = active ? UserStatus::Active : UserStatus::Deactivated;
    if (!active)
        user.deactivatedOn = user.addedToOrg;
    return m_org.addUser(std::move(user));
}

void ScimStore::setAccountActive(int account, bool active)
{
    SeedUser &user = m_org.mutableData().users[account];
    if (user.closed || user.status == UserStatus::ForDeletion)
        return;
    if (!active && user.status != UserStatus::Deactivated) {
        m_statusBeforeDeactivation.insert(account, user.status);
        user.status = UserStatus::Deactivated;
        user.deactivatedOn = nowMs() / 1000;
    } else if (active && user.status == UserStatus::Deactivated) {
        user.status = m_statusBeforeDeactivation.take(account);
        if (user.status == UserStatus::Deactivated)
            user.status = UserStatus::Active;
        user.deactivatedOn = 0;
    } else {
        return;
    }
    m_org.changed();
}

void ScimStore::setAccountEmail(int account, const QString &email)
{
    SeedUser &user = m_org.mutableData().users[account];
    user.email = email.toLower();
    user.emailVerified = true;
    m_org.changed();
}

void ScimStore::refreshManagement(int account)
{
    SeedUser &user = m_org.mutableData().users[account];
    const bool linked = !linksOf(user.accountId).isEmpty();
    const ManagementSource source = linked ? ManagementSource::Synced
                                    : user.managementSource == ManagementSource::Synced
                                        ? ManagementSource::Invited
                                        : user.managementSource;
    if (source != user.managementSource) {
        user.managementSource = source;
        m_org.changed();
    }
}

void ScimStore::dropSyncedMemberships(int account, int directory)
{
    SeedUser &user = m_org.mutableData().users[account];
    for (int g = 0; g < m_data.groups.size(); ++g) {
        const int index = orgGroup(g);
        if (index >= 0 && (directory < 0 || m_data.groups.at(g).directory == directory))
            user.groupMask &= ~(quint64(1) << index);
    }
    m_org.changed();
}

qint64 ScimStore::nowMs() const
{
    const auto &clock = m_org.data().clock;
    return clock ? clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

} // namespace sandbox
