#include "GroupsCliRun.h"

#include "AccessListJob.h"
#include "ApiClient.h"
#include "CliExit.h"
#include "DirectoryUser.h"
#include "GroupOperations.h"
#include "GroupService.h"
#include "UserColumns.h"
#include "UserService.h"

#include <QRegularExpression>

GroupsCliRun::GroupsCliRun(ApiClient *client, QString orgId, Mode mode, QString group,
                           QObject *parent)
    : QObject(parent), m_client(client), m_orgId(std::move(orgId)), m_mode(mode),
      m_group(std::move(group)), m_service(std::make_unique<GroupService>(client, m_orgId))
{
    m_client->setParent(this);
}

GroupsCliRun::~GroupsCliRun() = default;

void GroupsCliRun::setOutput(OutputFormat format, QIODevice *out)
{
    m_format = format;
    m_out = out;
}

void GroupsCliRun::setActionOptions(const UsersActionRun::Options &options)
{
    m_options = options;
}

void GroupsCliRun::start()
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                       "[0-9a-fA-F]{12}$"));
    auto answer = [this](const ApiResult<Group> &result) {
        if (!result.ok()) {
            printErrorLine(
                result.error.kind() == ApiError::Kind::NotFound
                    ? QStringLiteral("no group is named or has the id '%1'.").arg(m_group)
                    : QStringLiteral("could not find the group: %1")
                          .arg(GroupOperations::refusalInWords(result.error)));
            Q_EMIT finished(exitCodeFor(result.error));
            return;
        }
        onGroup(result.value);
    };
    const QString directory = m_options.directoryId;
    if (uuid.match(m_group).hasMatch())
        m_service->group(directory, m_group, this, answer);
    else
        m_service->findByName(directory, m_group, this, answer);
}

void GroupsCliRun::onGroup(const Group &group)
{
    if (m_mode == Mode::Members) {
        UserQuery query;
        query.directoryId = m_options.directoryId;
        query.groupIds = {group.id};
        auto *job = new AccessListJob(
            UserService(m_client, m_orgId).search(query),
            [](const QJsonArray &page) {
                QList<Row> rows;
                for (const DirectoryUser &user : DirectoryUser::listFromJson(page))
                    rows.append(userRow(user));
                return rows;
            },
            makeRowWriter(m_format, m_out, userColumns()), this);
        connect(job, &AccessListJob::finished, this, &GroupsCliRun::finished);
        job->start();
        return;
    }
    if (group.isSynced()) {
        printErrorLine(QStringLiteral("'%1' is synced from your identity provider: change its "
                                      "members there.")
                           .arg(group.name));
        Q_EMIT finished(ExitCode::Failure);
        return;
    }
    UsersActionRun::Options options = m_options;
    options.operation =
        m_mode == Mode::AddMembers ? GroupOperations::addMember() : GroupOperations::removeMember();
    options.params = GroupOperations::params(group.directoryId, group.id, group.name);
    options.subject = group.name;
    // The run takes the client over: it lives as long as the run.
    m_client->setParent(nullptr);
    auto *run = new UsersActionRun(m_client, m_orgId, options, this);
    connect(run, &UsersActionRun::finished, this, &GroupsCliRun::finished);
    run->start();
}
