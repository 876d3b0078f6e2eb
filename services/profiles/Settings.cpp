#include "Settings.h"

#include <QDir>
#include <QStandardPaths>

Settings::Settings() : Settings(defaultFilePath()) {}

Settings::Settings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::defaultFilePath()
{
    // Shared by orgdesk and orgdesk-cli, whatever each calls itself: $XDG_CONFIG_HOME/Orgdesk.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(folder).filePath(QStringLiteral("Orgdesk/orgdesk.conf"));
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::removeGroup(const QString &group)
{
    m_settings->remove(group);
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString Settings::fullKey(const char *key, const QString &group)
{
    const QString name = QString::fromLatin1(key);
    return group.isEmpty() ? name : group + u'/' + name;
}
