#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct Org
{
    QString id;
    QString name;

    static std::optional<Org> fromJson(const QJsonObject &object);
};

struct Directory
{
    QString id;
    QString name;
    QString icon;

    static std::optional<Directory> fromJson(const QJsonObject &object);
};
