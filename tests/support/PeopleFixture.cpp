#include "PeopleFixture.h"

#include "BulkJob.h"
#include "UserService.h"

#include <QDir>
#include <QTest>
#include <QWidget>

namespace PeopleFixture {

QList<DirectoryUser> loadAll(const UserService &service, int timeoutMs)
{
    QList<DirectoryUser> users;
    bool done = false;
    bool failed = false;
    UserQuery query;
    query.expand = {QStringLiteral("productAccess")};
    std::unique_ptr<UserPager> pager(service.search(query));
    QObject::connect(pager.get(), &UserPager::usersReceived, pager.get(),
                     [&](const QList<DirectoryUser> &page, bool hasMore) {
                         users += page;
                         if (hasMore)
                             pager->fetchNext();
                         else
                             done = true;
                     });
    QObject::connect(pager.get(), &Pager::failed, pager.get(), [&] { failed = true; });
    pager->fetchNext();
    if (!QTest::qWaitFor([&] { return done || failed; }, timeoutMs) || failed)
        return {};
    return users;
}

std::optional<DirectoryUser> details(const UserService &service, const QString &accountId,
                                     int timeoutMs)
{
    std::optional<DirectoryUser> result;
    bool done = false;
    QObject context;
    service.details(QStringLiteral("-"), accountId, &context,
                    [&](const ApiResult<DirectoryUser> &answer) {
                        if (answer.ok())
                            result = answer.value;
                        done = true;
                    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        return std::nullopt;
    return result;
}

QString statusOf(const UserService &service, const QString &accountId)
{
    const std::optional<DirectoryUser> user = details(service, accountId);
    return user ? user->status : QString();
}

QList<DirectoryUser> pick(const QList<DirectoryUser> &people, QSet<QString> &used, int count,
                          const std::function<bool(const DirectoryUser &)> &kind)
{
    QList<DirectoryUser> picked;
    for (const DirectoryUser &user : people) {
        if (picked.size() == count)
            break;
        if (used.contains(user.accountId) || !kind(user))
            continue;
        picked.append(user);
    }
    if (picked.size() < count)
        return {};
    for (const DirectoryUser &user : std::as_const(picked))
        used.insert(user.accountId);
    return picked;
}

bool isPlainManaged(const DirectoryUser &user, const QString &status)
{
    return user.claimStatus == QLatin1String("managed") &&
           user.managementSource == QLatin1String("invited") && user.emailVerified &&
           user.status == status;
}

bool waitForEnd(BulkJob *job, int timeoutMs)
{
    return QTest::qWaitFor(
        [job] {
            return job->status() != BulkJob::Status::Running &&
                   job->status() != BulkJob::Status::Cancelling &&
                   job->status() != BulkJob::Status::Ready;
        },
        timeoutMs);
}

void shoot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("ORGDESK_SCREENSHOT_DIR");
    if (directory.isEmpty() || !widget)
        return;
    QDir().mkpath(directory);
    widget->grab().save(QDir(directory).filePath(name));
}

} // namespace PeopleFixture
