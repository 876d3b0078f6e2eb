#include "ProfileManager.h"

#include "MemoryCredentialStore.h"
#include "OrgDatabase.h"

#include <QCoreApplication>
#include <QPointer>

namespace {

CredentialResult settingsFailed()
{
    return CredentialResult::unavailable(
        CredentialResult::Reason::Other,
        QCoreApplication::translate("ProfileManager",
                                    "The settings file could not be written; check the free "
                                    "space and permissions of the configuration folder."));
}

} // namespace

ProfileManager::ProfileManager(Settings *settings, CredentialStore *keychain, QObject *parent)
    : QObject(parent), m_store(settings), m_keychain(keychain),
      m_session(new MemoryCredentialStore(this))
{}

ProfileManager::~ProfileManager() = default;

std::optional<Profile> ProfileManager::profileNamed(const QString &name) const
{
    return m_store.profileNamed(name);
}

bool ProfileManager::saveFields(const Profile &profile)
{
    const bool saved = m_store.save(profile);
    Q_EMIT profilesChanged();
    return saved;
}

void ProfileManager::save(const Profile &profile, const QString &key, const QObject *context,
                          Done done)
{
    if (key.isEmpty() || !profile.needsKey()) {
        done(saveFields(profile) ? CredentialResult::done() : settingsFailed());
        return;
    }
    const QString entry = Profile::adminKeyEntry(profile.id);
    QPointer<ProfileManager> self(this);
    m_keychain->write(
        entry, key, context, [self, profile, entry, done](const CredentialResult &result) {
            if (!self) // the manager went away: nothing left to record the profile in
                return;
            if (!result.ok()) {
                done(result);
                return;
            }
            self->m_session->forget(entry);
            done(self->saveFields(profile) ? CredentialResult::done() : settingsFailed());
        });
}

bool ProfileManager::saveForSession(const Profile &profile, const QString &key)
{
    if (!key.isEmpty())
        m_session->setSecret(Profile::adminKeyEntry(profile.id), key);
    return saveFields(profile);
}

bool ProfileManager::hasSessionOnlyKey(const QString &profileId) const
{
    return m_session->contains(Profile::adminKeyEntry(profileId));
}

void ProfileManager::loadKey(const QString &profileId, const QObject *context, Done done)
{
    const QString entry = Profile::adminKeyEntry(profileId);
    if (m_session->contains(entry))
        m_session->read(entry, context, std::move(done));
    else
        m_keychain->read(entry, context, std::move(done));
}

void ProfileManager::remove(const QString &profileId, bool force, const QObject *context, Done done)
{
    const std::optional<Profile> existing = m_store.profile(profileId);
    if (!existing) {
        done(CredentialResult::done());
        return;
    }
    QStringList entries{Profile::adminKeyEntry(profileId)};
    for (const QString &directoryId : existing->scimDirectoryIds)
        entries.append(Profile::scimKeyEntry(profileId, directoryId));
    for (const QString &entry : std::as_const(entries))
        m_session->forget(entry);

    QPointer<ProfileManager> self(this);
    const QString orgId = existing->orgId;
    removeEntries(entries, context,
                  [self, profileId, orgId, force, done](const CredentialResult &result) {
                      if (!self)
                          return;
                      if (!result.ok() && !force) {
                          done(result);
                          return;
                      }
                      const bool removed = self->m_store.remove(profileId);
                      if (removed)
                          self->removeLocalDataOfOrgsNoLongerUsed(orgId);
                      Q_EMIT self->profilesChanged();
                      done(removed ? result : settingsFailed());
                  });
}

// The organization's local database (the audit archive) goes with the last profile that used it.
void ProfileManager::removeLocalDataOfOrgsNoLongerUsed(const QString &orgId)
{
    if (orgId.isEmpty())
        return;
    for (const Profile &profile : profiles()) {
        if (profile.orgId == orgId)
            return;
    }
    OrgDatabase::remove(orgId);
}

// Deletes the entries one after the other; stops at the first the keychain cannot delete.
void ProfileManager::removeEntries(QStringList entries, const QObject *context, Done done)
{
    if (entries.isEmpty()) {
        done(CredentialResult::done());
        return;
    }
    const QString entry = entries.takeFirst();
    QPointer<ProfileManager> self(this);
    m_keychain->remove(entry, context,
                       [self, entries, context, done](const CredentialResult &result) {
                           if (!self || !result.ok()) {
                               done(result);
                               return;
                           }
                           self->removeEntries(entries, context, done);
                       });
}

void ProfileManager::saveScimKey(const QString &profileId, const QString &directoryId,
                                 const QString &key, const QObject *context, Done done)
{
    QPointer<ProfileManager> self(this);
    m_keychain->write(Profile::scimKeyEntry(profileId, directoryId), key, context,
                      [self, profileId, directoryId, done](const CredentialResult &result) {
                          std::optional<Profile> profile =
                              self ? self->profile(profileId) : std::nullopt;
                          if (!result.ok() || !profile) {
                              done(result);
                              return;
                          }
                          if (!profile->scimDirectoryIds.contains(directoryId)) {
                              profile->scimDirectoryIds.append(directoryId);
                              if (!self->saveFields(*profile)) {
                                  done(settingsFailed());
                                  return;
                              }
                          }
                          done(result);
                      });
}

void ProfileManager::loadScimKey(const QString &profileId, const QString &directoryId,
                                 const QObject *context, Done done)
{
    m_keychain->read(Profile::scimKeyEntry(profileId, directoryId), context, std::move(done));
}

bool ProfileManager::nameScimDirectory(const QString &profileId, const QString &directoryId,
                                       const QString &name)
{
    std::optional<Profile> profile = this->profile(profileId);
    if (!profile || !profile->scimDirectoryIds.contains(directoryId))
        return false;
    profile->scimDirectoryNames.insert(directoryId, name.trimmed());
    return saveFields(*profile);
}

void ProfileManager::removeScimKey(const QString &profileId, const QString &directoryId,
                                   const QObject *context, Done done)
{
    QPointer<ProfileManager> self(this);
    m_keychain->remove(
        Profile::scimKeyEntry(profileId, directoryId), context,
        [self, profileId, directoryId, done](const CredentialResult &result) {
            std::optional<Profile> profile = self ? self->profile(profileId) : std::nullopt;
            if (result.ok() && profile && profile->scimDirectoryIds.removeAll(directoryId) > 0 &&
                !self->saveFields(*profile)) {
                done(settingsFailed());
                return;
            }
            done(result);
        });
}
