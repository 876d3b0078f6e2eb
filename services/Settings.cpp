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
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(folder).filePath(QStringLiteral("orgdesk.conf"));
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
