#include "ScimKeyring.h"

#include "ProfileManager.h"

ScimKeyring::ScimKeyring(ProfileManager *profiles, const QString &profileId, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_profileId(profileId)
{
    connect(m_profiles, &ProfileManager::profilesChanged, this, &ScimKeyring::directoriesChanged);
}

QList<ScimDirectoryRef> ScimKeyring::directories() const
{
    const std::optional<Profile> profile = m_profiles->profile(m_profileId);
    if (!profile)
        return {};
    QList<ScimDirectoryRef> directories;
    for (const QString &directoryId : profile->scimDirectoryIds)
        directories.append({directoryId, profile->scimDirectoryLabel(directoryId)});
    return directories;
}

void ScimKeyring::loadKey(const QString &directoryId, const QObject *context, Done done) const
{
    m_profiles->loadScimKey(m_profileId, directoryId, context, std::move(done));
}
