#include "ProfileStore.h"

#include "Settings.h"

ProfileStore::ProfileStore(Settings *settings) : m_settings(settings) {}

QString ProfileStore::groupFor(const QString &id)
{
    return QStringLiteral("profile-%1").arg(id);
}

Profile ProfileStore::load(const QString &id) const
{
    const QString group = groupFor(id);
    Profile profile;
    profile.id = id;
    profile.name = m_settings->value(SettingKeys::profileName, group);
    profile.kind = Profile::kindFromName(m_settings->value(SettingKeys::profileKind, group));
    profile.orgId = m_settings->value(SettingKeys::profileOrgId, group);
    profile.baseUrl = m_settings->value(SettingKeys::profileBaseUrl, group);
    profile.keyLabel = m_settings->value(SettingKeys::profileKeyLabel, group);
    profile.keyExpiry = m_settings->value(SettingKeys::profileKeyExpiry, group);
    profile.scimDirectoryIds = m_settings->value(SettingKeys::profileScimDirectories, group);
    for (const QString &directoryId : std::as_const(profile.scimDirectoryIds)) {
        const QString name =
            m_settings->value(SettingKeys::scimDirectoryName, scimGroupFor(id, directoryId));
        if (!name.isEmpty())
            profile.scimDirectoryNames.insert(directoryId, name);
    }
    return profile;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    for (const QString &id : m_settings->value(SettingKeys::profileOrder)) {
        Profile profile = load(id);
        if (!profile.name.isEmpty())
            result.append(std::move(profile));
    }
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty() || !m_settings->value(SettingKeys::profileOrder).contains(id))
        return std::nullopt;
    return load(id);
}

std::optional<Profile> ProfileStore::profileNamed(const QString &name) const
{
    for (const Profile &profile : profiles()) {
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

bool ProfileStore::save(const Profile &profile)
{
    const QString group = groupFor(profile.id);
    m_settings->setValue(SettingKeys::profileName, profile.name.trimmed(), group);
    m_settings->setValue(SettingKeys::profileKind, Profile::kindName(profile.kind), group);
    m_settings->setValue(SettingKeys::profileOrgId, profile.orgId, group);
    m_settings->setValue(SettingKeys::profileBaseUrl, profile.baseUrl, group);
    m_settings->setValue(SettingKeys::profileKeyLabel, profile.keyLabel, group);
    if (profile.keyExpiry.isValid())
        m_settings->setValue(SettingKeys::profileKeyExpiry, profile.keyExpiry, group);
    else
        m_settings->reset(SettingKeys::profileKeyExpiry, group);
    saveScimDirectories(profile);

    QStringList order = m_settings->value(SettingKeys::profileOrder);
    if (!order.contains(profile.id)) {
        order.append(profile.id);
        m_settings->setValue(SettingKeys::profileOrder, order);
    }
    return m_settings->sync();
}

QString ProfileStore::scimGroupFor(const QString &id, const QString &directoryId)
{
    return QStringLiteral("%1/scim-%2").arg(groupFor(id), directoryId);
}

void ProfileStore::saveScimDirectories(const Profile &profile)
{
    const QString group = groupFor(profile.id);
    const QStringList before = m_settings->value(SettingKeys::profileScimDirectories, group);
    for (const QString &directoryId : before) {
        if (!profile.scimDirectoryIds.contains(directoryId))
            m_settings->removeGroup(scimGroupFor(profile.id, directoryId));
    }
    if (profile.scimDirectoryIds.isEmpty())
        m_settings->reset(SettingKeys::profileScimDirectories, group);
    else
        m_settings->setValue(SettingKeys::profileScimDirectories, profile.scimDirectoryIds, group);
    for (const QString &directoryId : profile.scimDirectoryIds) {
        const QString name = profile.scimDirectoryNames.value(directoryId).trimmed();
        const QString directoryGroup = scimGroupFor(profile.id, directoryId);
        if (name.isEmpty())
            m_settings->reset(SettingKeys::scimDirectoryName, directoryGroup);
        else
            m_settings->setValue(SettingKeys::scimDirectoryName, name, directoryGroup);
    }
}

bool ProfileStore::remove(const QString &id)
{
    QStringList order = m_settings->value(SettingKeys::profileOrder);
    order.removeAll(id);
    m_settings->setValue(SettingKeys::profileOrder, order);
    m_settings->removeGroup(groupFor(id));
    if (lastProfileId() == id)
        m_settings->reset(SettingKeys::lastProfile);
    return m_settings->sync();
}

QString ProfileStore::lastProfileId() const
{
    return m_settings->value(SettingKeys::lastProfile);
}

void ProfileStore::setLastProfileId(const QString &id)
{
    m_settings->setValue(SettingKeys::lastProfile, id);
    m_settings->sync();
}
