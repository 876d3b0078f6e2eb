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
class UserPager;

// Pages through users/search and writes each page as soon as it arrives; the listing is never
// held in memory. Emits finished() once, with the exit code.
class UsersListJob : public QObject
{
    Q_OBJECT

public:
    UsersListJob(const CliConnection &connection, const UserQuery &query,
                 std::unique_ptr<RowWriter> writer, QObject *parent = nullptr);
    ~UsersListJob() override;

    void start();
    qint64 usersWritten() const { return m_written; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onUsers(const QList<DirectoryUser> &users, bool hasMore);
    void onFailed(const ApiError &error);
    // Ends the listing early with one line on stderr.
    void stop(int exitCode, const QString &reason);

    ApiClient *m_client;
    UserPager *m_pager;
    std::unique_ptr<RowWriter> m_writer;
    Progress m_progress;
    qint64 m_written = 0;
};
