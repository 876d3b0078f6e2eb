#pragma once

#include "CredentialStore.h"
#include "Profile.h"
#include "ProfileStore.h"

#include <QObject>

#include <functional>
#include <optional>

class MemoryCredentialStore;
class Settings;

// The profiles and their keys together: fields in the settings (ProfileStore), keys in the
// keychain (a CredentialStore), and keys the user chose to keep for this session only (memory).
// Nothing here ever writes a key anywhere but the CredentialStore.
class ProfileManager : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const CredentialResult &)>;

    // Neither the settings nor the keychain are owned.
    ProfileManager(Settings *settings, CredentialStore *keychain, QObject *parent = nullptr);
    ~ProfileManager() override;

    QList<Profile> profiles() const { return m_store.profiles(); }
    std::optional<Profile> profile(const QString &id) const { return m_store.profile(id); }
    std::optional<Profile> profileNamed(const QString &name) const;
    bool isEmpty() const { return profiles().isEmpty(); }
    CredentialStore *keychain() const { return m_keychain; }

    QString lastProfileId() const { return m_store.lastProfileId(); }
    void setLastProfileId(const QString &id) { m_store.setLastProfileId(id); }

    // Saves the profile: first its key in the keychain (skipped when `key` is empty, which keeps
    // the current key, and for the sandbox), then its fields. When the keychain is unavailable
    // nothing is saved and `done` gets the reason; the caller may then offer saveForSession().
    void save(const Profile &profile, const QString &key, const QObject *context, Done done);
    // Saves the profile's fields and keeps the key in memory until the app quits.
    bool saveForSession(const Profile &profile, const QString &key);
    bool hasSessionOnlyKey(const QString &profileId) const;

    // The profile's admin key: this session's copy if there is one, else the keychain's.
    void loadKey(const QString &profileId, const QObject *context, Done done);

    // Deletes the profile's keys from the keychain, then the profile. When the keychain does
    // not answer, the profile is kept (its key would be left behind unseen) unless `force`.
    // When no other profile uses the profile's organization, its local database (the audit
    // archive, OrgDatabase) is deleted too.
    void remove(const QString &profileId, bool force, const QObject *context, Done done);

    // SCIM directory keys, one per identity-provider directory, in the keychain too.
    void saveScimKey(const QString &profileId, const QString &directoryId, const QString &key,
                     const QObject *context, Done done);
    void loadScimKey(const QString &profileId, const QString &directoryId, const QObject *context,
                     Done done);
    void removeScimKey(const QString &profileId, const QString &directoryId, const QObject *context,
                       Done done);
    // Names a directory that has a key (empty: no name, its id stands for it). False when the
    // profile or the directory is unknown or the settings could not be written.
    bool nameScimDirectory(const QString &profileId, const QString &directoryId,
                           const QString &name);

Q_SIGNALS:
    void profilesChanged();

private:
    bool saveFields(const Profile &profile);
    void removeEntries(QStringList entries, const QObject *context, Done done);
    void removeLocalDataOfOrgsNoLongerUsed(const QString &orgId);

    ProfileStore m_store;
    CredentialStore *m_keychain;
    MemoryCredentialStore *m_session;
};
