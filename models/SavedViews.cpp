#include "SavedViews.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

SavedViews::SavedViews(const QString &filePath, QObject *parent)
    : QObject(parent),
      m_path(filePath.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                       QStringLiteral("/saved-views.json")
                 : filePath)
{}

QJsonObject SavedViews::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool SavedViews::write(const QJsonObject &all)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    return file.commit();
}

QList<SavedViews::View> SavedViews::views(const QString &orgId) const
{
    QList<View> views;
    for (const QJsonValue &value : read().value(orgId).toArray()) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            views.append(
                {name, UserFilter::fromJson(object.value(QLatin1String("filter")).toObject())});
    }
    return views;
}

std::optional<UserFilter> SavedViews::find(const QString &orgId, const QString &name) const
{
    for (const View &view : views(orgId)) {
        if (view.name == name)
            return view.filter;
    }
    return std::nullopt;
}

bool SavedViews::save(const QString &orgId, const QString &name, const UserFilter &filter)
{
    QJsonObject all = read();
    QJsonArray list = all.value(orgId).toArray();
    const QJsonObject entry{{QStringLiteral("name"), name},
                            {QStringLiteral("filter"), filter.toJson()}};
    bool replaced = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(QLatin1String("name")).toString() == name) {
            list.replace(i, entry);
            replaced = true;
        }
    }
    if (!replaced)
        list.append(entry);
    all.insert(orgId, list);
    if (!write(all))
        return false;
    Q_EMIT changed(orgId);
    return true;
}

bool SavedViews::remove(const QString &orgId, const QString &name)
{
    QJsonObject all = read();
    QJsonArray list = all.value(orgId).toArray();
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        if (list.at(i).toObject().value(QLatin1String("name")).toString() == name)
            list.removeAt(i);
    }
    all.insert(orgId, list);
    if (!write(all))
        return false;
    Q_EMIT changed(orgId);
    return true;
}
