#pragma once

#include <QStringList>
#include <QUrl>

#include <optional>

// `orgdesk-cli profile scim-key set|test|remove --profile NAME --directory ID`: a SCIM
// directory's own key in the profile (the system keychain). `set` reads the key from standard
// input, tests it, then saves it. `arguments` is the program name, "scim-key" and the rest.
int runProfileScimKey(const QStringList &arguments);

struct ScimKeyOfProfile
{
    QUrl baseUrl;
    QString orgId;
    QString key;
};

// The profile's SCIM key for a directory, for the scim commands; std::nullopt with `problem`
// saying why in one line.
std::optional<ScimKeyOfProfile> scimKeyForProfile(const QString &name, const QString &directoryId,
                                                  QString *problem);
// The directories the profile holds SCIM keys for.
std::optional<QStringList> scimDirectoriesOfProfile(const QString &name, QString *problem);

// Tries a SCIM key with one read (Users?count=1): empty when it works, else the reason in words;
// `records` gets the directory's number of records.
QString testScimKey(const QUrl &baseUrl, const QString &directoryId, const QString &key,
                    int *records, int *exitCode);
