#pragma once

#include "CredentialStore.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class ProfileManager;

// A SCIM directory the sandbox serves, with its key, so that a person trying the sandbox can
// fill in a directory's key without reading it from the sandbox's start line.
struct ScimDirectoryKeyHint
{
    QString directoryId;
    QString name;
    QString key;
};

// A directory that has a key in the profile: its id and what to call it.
struct ScimDirectoryRef
{
    QString directoryId;
    QString label; // the name the admin gave, else the id
};

// The SCIM directory keys of the open profile, for the areas that talk to SCIM directories: which
// directories have a key, and each key when needed (read from the keychain each time, never kept).
class ScimKeyring : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const CredentialResult &)>;

    ScimKeyring(ProfileManager *profiles, const QString &profileId, QObject *parent = nullptr);
    ~ScimKeyring() override;

    // Keys for a connection without a profile (`orgdesk --sandbox`): kept in memory until the
    // keyring goes, never written anywhere.
    static ScimKeyring *forSession(const QString &orgId, QObject *parent = nullptr);
    bool isSessionOnly() const { return m_session != nullptr; }

    ProfileManager *profiles() const { return m_profiles; }
    QString profileId() const { return m_profileId; }
    QList<ScimDirectoryRef> directories() const;
    void loadKey(const QString &directoryId, const QObject *context, Done done) const;

    // The sandbox's own directories and keys (empty for an organization).
    QList<ScimDirectoryKeyHint> sandboxKeys() const { return m_sandboxKeys; }
    void setSandboxKeys(const QList<ScimDirectoryKeyHint> &keys) { m_sandboxKeys = keys; }

Q_SIGNALS:
    // A key was added or removed, or a directory renamed.
    void directoriesChanged();

private:
    struct Session;
    std::unique_ptr<Session> m_session; // what forSession() made; the keyring owns it

    ProfileManager *m_profiles;
    QString m_profileId;
    QList<ScimDirectoryKeyHint> m_sandboxKeys;
};
