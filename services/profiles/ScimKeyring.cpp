#include "ScimKeyring.h"

#include "MemoryCredentialStore.h"
#include "ProfileManager.h"
#include "Settings.h"

#include <QTemporaryDir>

struct ScimKeyring::Session
{
    QTemporaryDir folder; // the session profile's settings, gone with it
    Settings settings{folder.filePath(QStringLiteral("session.conf"))};
    MemoryCredentialStore keys;
    ProfileManager profiles{&settings, &keys};
};

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

ScimKeyring::~ScimKeyring() = default;

ScimKeyring *ScimKeyring::forSession(const QString &orgId, QObject *parent)
{
    auto session = std::make_unique<Session>();
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("session");
    profile.kind = Profile::Kind::Sandbox;
    profile.orgId = orgId;
    session->profiles.saveForSession(profile, QString());
    auto *keyring = new ScimKeyring(&session->profiles, profile.id, parent);
    keyring->m_session = std::move(session);
    return keyring;
}

void ScimKeyring::loadKey(const QString &directoryId, const QObject *context, Done done) const
{
    m_profiles->loadScimKey(m_profileId, directoryId, context, std::move(done));
}
