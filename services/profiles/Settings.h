#pragma once

#include "Profile.h"

#include <QDate>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>

// A setting's key, type and default, declared once (in SettingKeys below) and used everywhere
// through Settings::value / Settings::setValue, so a key is never spelled twice.
template <typename T> struct Setting
{
    const char *key;
    T defaultValue = T();
};

// Every setting Orgdesk keeps. Secrets are never settings: keys live in the OS keychain.
namespace SettingKeys {

// The profiles, in the order the sidebar lists them (profile ids).
inline const Setting<QStringList> profileOrder{"profiles/order"};
// The profile that was open when the app last closed; reopened on start.
inline const Setting<QString> lastProfile{"profiles/last"};

// Per profile, inside the group ProfileStore::groupFor(id):
inline const Setting<QString> profileName{"name"};
inline const Setting<QString> profileKind{"kind", QStringLiteral("organization")};
inline const Setting<QString> profileOrgId{"orgId"};
inline const Setting<QUrl> profileBaseUrl{"baseUrl", Profile::defaultBaseUrl()};
inline const Setting<QString> profileKeyLabel{"keyLabel"};
inline const Setting<QDate> profileKeyExpiry{"keyExpiry"};
// Directories that have a SCIM key in the keychain (the ids only, never the keys).
inline const Setting<QStringList> profileScimDirectories{"scimDirectories"};
// Per SCIM directory, inside the group ProfileStore::scimGroupFor(profile id, directory id).
inline const Setting<QString> scimDirectoryName{"name"};

// The window's layout (ui/WindowLayout), as base64 text of Qt's saved states.
inline const Setting<QString> windowGeometry{"window/geometry"};
inline const Setting<QString> windowState{"window/state"};
inline const Setting<QString> workspaceSplitter{"window/workspace"};
// Per table, inside the group "layout/<area>/<table>": widths, order, hidden columns, sort.
inline const Setting<QString> columnsState{"columns"};
// View › Theme: "system" (the desktop's style and palette), "light" or "dark".
inline const Setting<QString> theme{"window/theme", QStringLiteral("system")};
// The Users area keeps the people of each organization on this computer (DirectoryCache) to
// open at once; off, it neither reads nor writes the copy.
inline const Setting<bool> directoryCache{"users/directoryCache", true};

} // namespace SettingKeys

// The application's settings file. Values are stored as plain text (dates as ISO 8601, URLs as
// strings) so the file stays readable and diffable.
class Settings
{
public:
    // The default file: Orgdesk/orgdesk.conf in the user's config folder ($XDG_CONFIG_HOME,
    // ~/.config), the same for the window and the CLI. Through QStandardPaths, so tests in its
    // test mode never touch the user's file.
    Settings();
    explicit Settings(const QString &filePath);
    ~Settings();

    static QString defaultFilePath();
    QString fileName() const;

    template <typename T> T value(const Setting<T> &setting, const QString &group = {}) const
    {
        const QVariant stored = m_settings->value(fullKey(setting.key, group));
        if (!stored.isValid())
            return setting.defaultValue;
        return fromStored<T>(stored, setting.defaultValue);
    }

    template <typename T>
    void setValue(const Setting<T> &setting, const T &value, const QString &group = {})
    {
        m_settings->setValue(fullKey(setting.key, group), toStored(value));
    }

    template <typename T> void reset(const Setting<T> &setting, const QString &group = {})
    {
        m_settings->remove(fullKey(setting.key, group));
    }

    // Removes a whole group (e.g. a deleted profile's fields).
    void removeGroup(const QString &group);
    // Writes pending changes to disk; false when the file could not be written.
    bool sync();

private:
    static QString fullKey(const char *key, const QString &group);

    static QVariant toStored(const QDate &date) { return date.toString(Qt::ISODate); }
    static QVariant toStored(const QUrl &url) { return url.toString(); }
    template <typename T> static QVariant toStored(const T &value)
    {
        return QVariant::fromValue(value);
    }

    template <typename T> static T fromStored(const QVariant &stored, const T &fallback)
    {
        if constexpr (std::is_same_v<T, QDate>) {
            const QDate date = QDate::fromString(stored.toString(), Qt::ISODate);
            return date.isValid() ? date : fallback;
        } else if constexpr (std::is_same_v<T, QUrl>) {
            const QUrl url(stored.toString());
            return url.isValid() ? url : fallback;
        } else if constexpr (std::is_same_v<T, QStringList>) {
            return stored.toStringList();
        } else {
            return stored.canConvert<T>() ? stored.value<T>() : fallback;
        }
    }

    std::unique_ptr<QSettings> m_settings;
};
