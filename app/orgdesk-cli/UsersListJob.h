#pragma once

#include "CliConnection.h"
#include "DirectoryUser.h"
#include "OutputFormat.h"
#include "Progress.h"
#include "UserColumns.h"
#include "UserQuery.h"

#include <QObject>

#include <memory>

class ApiClient;
class ApiError;
class ParallelUserListing;
class UserPager;

// Lists the people of users/search. By default several parts at once (ParallelUserListing):
// they come in no order, so they are held, sorted as the server sorts (NicknameOrder) and
// written at the end. Sequential: one walk, each page written as soon as it arrives, the listing
// never held in memory. Emits finished() once, with the exit code.
class UsersListJob : public QObject
{
    Q_OBJECT

public:
    enum class Walk { Parallel, Sequential };

    UsersListJob(const CliConnection &connection, const UserQuery &query,
                 std::unique_ptr<RowWriter> writer, Walk walk = Walk::Parallel,
                 QObject *parent = nullptr);
    ~UsersListJob() override;

    void start();
    qint64 usersWritten() const { return m_written; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onUsers(const QList<DirectoryUser> &users, bool hasMore);
    void onParallelUsers(const QList<DirectoryUser> &users, bool hasMore);
    bool writeUsers(const QList<DirectoryUser> &users);
    void onFailed(const ApiError &error);
    // Ends the listing early with one line on stderr.
    void stop(int exitCode, const QString &reason);

    ApiClient *m_client;
    UserQuery m_query;
    UserPager *m_pager = nullptr;
    ParallelUserListing *m_listing = nullptr;
    QList<DirectoryUser> m_held; // a parallel listing's people until the last part is in
    std::unique_ptr<RowWriter> m_writer;
    Progress m_progress;
    qint64 m_written = 0;
};
