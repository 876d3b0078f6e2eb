#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

// A connection profile: one organization (or the local sandbox) and how to reach it. Only the
// non-secret fields live here; the admin API key and the SCIM directory keys are in the OS
// keychain under the entry names below.
struct Profile
{
    enum class Kind {
        Organization, // a real (or real-looking) org: the key is in the keychain
        Sandbox,      // the in-process sandbox: started on connect, no key to keep
    };

    QString id; // stable and unique, independent of the name; names the keychain entries
    QString name;
    Kind kind = Kind::Organization;
    QString orgId;
    QUrl baseUrl = defaultBaseUrl();
    QString keyLabel;
    QDate keyExpiry; // null when unknown (the sandbox)
    QStringList scimDirectoryIds;
    QHash<QString, QString> scimDirectoryNames; // by id; a name the admin gave, may be empty

    bool isSandbox() const { return kind == Kind::Sandbox; }
    bool needsKey() const { return kind == Kind::Organization; }
    // The directory's name when it has one, else its id.
    QString scimDirectoryLabel(const QString &directoryId) const;

    static QUrl defaultBaseUrl();
    static QString newId();

    // Keychain entry names. The entry holds only the secret; the profile's id ties them together.
    static QString adminKeyEntry(const QString &profileId);
    static QString scimKeyEntry(const QString &profileId, const QString &directoryId);

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
};
