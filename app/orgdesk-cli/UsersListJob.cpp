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
    // The next page is asked for before each page is read: the server works on it meanwhile.
    m_pager->fetchAll();
}

void UsersListJob::onUsers(const QList<DirectoryUser> &users, bool hasMore)
{
    QList<Row> rows;
    rows.reserve(users.size());
    for (const DirectoryUser &user : users)
        rows.append(userRow(user));
    m_progress.clear(); // the rows may go to the same terminal
    if (!m_writer->write(rows) || (!hasMore && !m_writer->finish())) {
        stop(ExitCode::Failure, QStringLiteral("could not write to standard output."));
        return;
    }
    m_written += users.size();
    if (hasMore)
        m_progress.update(m_written);
    else
        Q_EMIT finished(ExitCode::Success);
}

void UsersListJob::stop(int exitCode, const QString &reason)
{
    m_pager->cancel();
    m_progress.clear();
    printErrorLine(reason);
    Q_EMIT finished(exitCode);
}

void UsersListJob::onFailed(const ApiError &error)
{
    stop(exitCodeFor(error), error.userMessage());
}
