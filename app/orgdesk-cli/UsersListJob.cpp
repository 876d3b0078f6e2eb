#include "UsersListJob.h"

#include "ApiClient.h"
#include "CliClient.h"
#include "CliExit.h"
#include "NicknameOrder.h"
#include "ParallelUserListing.h"
#include "UserService.h"

UsersListJob::UsersListJob(const CliConnection &connection, const UserQuery &query,
                           std::unique_ptr<RowWriter> writer, Walk walk, QObject *parent)
    : QObject(parent), m_client(makeCliClient(connection, this)), m_query(query),
      m_writer(std::move(writer))
{
    const UserService service(m_client, connection.orgId);
    if (walk == Walk::Sequential) {
        m_pager = service.search(query, this);
        connect(m_pager, &UserPager::usersReceived, this, &UsersListJob::onUsers);
        connect(m_pager, &Pager::failed, this, &UsersListJob::onFailed);
        return;
    }
    m_listing = service.listAll(query, this);
    m_listing->setWalkers(m_client->retryPolicy().maxConcurrentRequests);
    connect(m_listing, &ParallelUserListing::usersReceived, this, &UsersListJob::onParallelUsers);
    connect(m_listing, &ParallelUserListing::failed, this, &UsersListJob::onFailed);
}

UsersListJob::~UsersListJob() = default;

void UsersListJob::start()
{
    // The next page is asked for before each page is read: the server works on it meanwhile.
    if (m_pager)
        m_pager->fetchAll();
    else
        m_listing->fetchAll();
}

bool UsersListJob::writeUsers(const QList<DirectoryUser> &users)
{
    QList<Row> rows;
    rows.reserve(users.size());
    for (const DirectoryUser &user : users)
        rows.append(userRow(user));
    return m_writer->write(rows);
}

void UsersListJob::onUsers(const QList<DirectoryUser> &users, bool hasMore)
{
    m_progress.clear(); // the rows may go to the same terminal
    if (!writeUsers(users) || (!hasMore && !m_writer->finish())) {
        stop(ExitCode::Failure, QStringLiteral("could not write to standard output."));
        return;
    }
    m_written += users.size();
    if (hasMore)
        m_progress.update(m_written);
    else
        Q_EMIT finished(ExitCode::Success);
}

void UsersListJob::onParallelUsers(const QList<DirectoryUser> &users, bool hasMore)
{
    m_held += users;
    if (hasMore) {
        m_progress.update(m_held.size());
        return;
    }
    NicknameOrder::sort(m_held, m_query.sortDescending);
    const QList<DirectoryUser> people = std::exchange(m_held, {});
    m_progress.clear();
    if (!writeUsers(people) || !m_writer->finish()) {
        stop(ExitCode::Failure, QStringLiteral("could not write to standard output."));
        return;
    }
    m_written = people.size();
    Q_EMIT finished(ExitCode::Success);
}

void UsersListJob::stop(int exitCode, const QString &reason)
{
    if (m_pager)
        m_pager->cancel();
    else
        m_listing->cancel();
    m_progress.clear();
    printErrorLine(reason);
    Q_EMIT finished(exitCode);
}

void UsersListJob::onFailed(const ApiError &error)
{
    stop(exitCodeFor(error), error.userMessage());
}
