#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A workspace of the organization (CATALOG §1.8, WorkspaceModel): a product site, a Bitbucket
// or Trello workspace. Its id is the resource ARI that role and invite bodies name.
struct Workspace
{
    QString id;      // resource ARI
    QString name;    // "acme-robotics"
    QString typeKey; // "jira-software", "confluence", ...
    QString type;    // product family: "jira", "confluence", ...
    QString hostUrl;
    QString status; // online, offline, deprecated (open set)
    bool sandboxChild = false;
    int capacity = -1; // licensed seats; -1 when not given

    bool isOnline() const { return status.isEmpty() || status == QLatin1String("online"); }

    static std::optional<Workspace> fromJson(const QJsonObject &object);
    static QList<Workspace> listFromJson(const QJsonArray &array);
};
