#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A data classification level of the organization (CATALOG §4, the DLP API's Level).
struct ClassificationLevel
{
    enum class Status { Unknown, Draft, Published, Archived };

    QString levelId;
    QString orgId;
    QString name;
    QString definition;
    QString guideline;
    QString color;       // RED, ORANGE... as the API names it (see palette())
    int sensitivity = 0; // 1: the most sensitive
    Status status = Status::Unknown;
    QString statusText;           // as the server sent it
    QString createdBy, changedBy; // names
    QDateTime createdOn, changedOn;

    bool isArchived() const { return status == Status::Archived; }

    static std::optional<ClassificationLevel> fromJson(const QJsonObject &object);
    static QList<ClassificationLevel> listFromJson(const QJsonArray &array);
    // The colours a level may have, as the API names them, in the order people pick from.
    static QStringList palette();
};

// What a person fills in for a new level or an edit.
struct ClassificationLevelFields
{
    QString name;
    QString definition;
    QString guideline;
    QString color;

    QJsonObject toJson() const;
};
