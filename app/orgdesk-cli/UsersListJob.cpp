#include "UsersListJob.h"

#include "ApiClient.h"
#include "CliClient.h"
#include "CliExit.h"
#include "UserService.h"

UsersListJob::UsersListJob(const CliConnection &connection, const UserQuery &query,
                           std::unique_ptr<RowWriter> writer, QObject *parent)
    : QObject(parent), m_client(makeCliClient(connection, this)),
      m_pager(UserService(m_client, connection.orgId).search(query, this)),
      m_writer(std::move(writer))
{
    connect(m_pager, &UserPager::usersReceived, this, &UsersListJob::onUsers);
    connect(m_pager, &Pager::failed, this, &UsersListJob::onFailed);
}

UsersListJob::~UsersListJob() = default;

void UsersListJob::start()
{
    m_pager->fetchNext();
}

void UsersListJob::onUsers(const QList<DirectoryUser> &users, bool hasMore)
{
    // Ask for the next page first: the server works on it while this one is written.
    if (hasMore)
        m_pager->fetchNext();
    QList<Row> rows;
    rows.reserve(users.size());
    for (const DirectoryUser &user : users)
        rows.append(userRow(user));
    m_writer->write(rows);
    m_written += users.size();
    m_progress.update(m_written);
    if (!hasMore) {
        m_writer->finish();
        m_progress.clear();
        Q_EMIT finished(ExitCode::Success);
    }
}

void UsersListJob::onFailed(const ApiError &error)
{
    m_progress.clear();
    printErrorLine(error.userMessage());
    Q_EMIT finished(exitCodeFor(error));
}
