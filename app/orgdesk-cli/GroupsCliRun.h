#pragma once

#include "Group.h"
#include "OutputFormat.h"
#include "UsersActionRun.h"

#include <QObject>

#include <memory>

class ApiClient;
class GroupService;

// `groups members` and `groups add-members|remove-members`: finds the group named by --group
// (an id, else an exact name), then lists its members (users/search by group, page by page) or
// runs the membership job through UsersActionRun (one result per person, exit 6 when some
// failed). A group synced from an identity provider is refused before anything is sent.
class GroupsCliRun : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Members, AddMembers, RemoveMembers };

    GroupsCliRun(ApiClient *client, QString orgId, Mode mode, QString group,
                 QObject *parent = nullptr);
    ~GroupsCliRun() override;

    // Members: where and how to write the rows.
    void setOutput(OutputFormat format, QIODevice *out);
    // Add/remove: the people and how to report them (operation and params are filled in).
    void setActionOptions(const UsersActionRun::Options &options);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onGroup(const Group &group);

    ApiClient *m_client;
    QString m_orgId;
    Mode m_mode;
    QString m_group;
    std::unique_ptr<GroupService> m_service;
    OutputFormat m_format = OutputFormat::Table;
    QIODevice *m_out = nullptr;
    UsersActionRun::Options m_options;
};
