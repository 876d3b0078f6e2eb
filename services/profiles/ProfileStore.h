#pragma once

#include "Profile.h"

#include <QList>
#include <optional>

class Settings;

// The profiles' non-secret fields in the settings file, in the order the user sees them.
// Never holds a key: keys go to the CredentialStore.
class ProfileStore
{
public:
    explicit ProfileStore(Settings *settings);

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> profileNamed(const QString &name) const;

    // Adds the profile (at the end) or updates it in place. Returns false when the settings
    // file could not be written.
    bool save(const Profile &profile);
    bool remove(const QString &id);

    QString lastProfileId() const;
    void setLastProfileId(const QString &id);

    static QString groupFor(const QString &id);
    static QString scimGroupFor(const QString &id, const QString &directoryId);

private:
    Profile load(const QString &id) const;
    // The directory ids and their names; a directory no longer listed loses its group.
    void saveScimDirectories(const Profile &profile);

    Settings *m_settings;
};
