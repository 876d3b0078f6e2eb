#include "ScimUsersCommand.h"

#include "ApiClient.h"
#include "CliClient.h"
#include "CliWait.h"
#include "ScimCliOptions.h"
#include "ScimCliRun.h"
#include "ScimService.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <memory>

namespace {

const QString userOption = QStringLiteral("scim-user");
const QString groupOption = QStringLiteral("group");
const QString userNameOption = QStringLiteral("user-name");
const QString externalIdOption = QStringLiteral("external-id");
const QString displayNameOption = QStringLiteral("display-name");
const QString startIndexOption = QStringLiteral("start-index");
const QString countOption = QStringLiteral("count");

QStringList userColumns()
{
    return {QStringLiteral("id"),           QStringLiteral("user_name"),
            QStringLiteral("external_id"),  QStringLiteral("display_name"),
            QStringLiteral("active"),       QStringLiteral("email"),
            QStringLiteral("account_id"),   QStringLiteral("groups"),
            QStringLiteral("last_modified")};
}

Row userRow(const ScimUser &user)
{
    QStringList groups;
    for (const ScimRef &group : user.groups)
        groups.append(group.display.isEmpty() ? group.value : group.display);
    return {user.id,
            user.userName,
            user.externalId,
            user.displayName,
            user.active ? QJsonValue(*user.active) : QJsonValue(),
            user.primaryEmail(),
            user.atlassianAccountId,
            groups.join(u';'),
            user.lastModified.isValid() ? user.lastModified.toString(Qt::ISODate) : QString()};
}

// The service for --directory, with its own client (deleted with the holder).
struct DirectoryService
{
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ScimService> service;
};

std::optional<DirectoryService> directoryService(const QCommandLineParser &parser, QString *problem)
{
    const std::optional<ScimCliOptions::Directory> directory =
        ScimCliOptions::directory(parser, problem);
    if (!directory)
        return std::nullopt;
    DirectoryService held;
    held.client.reset(ScimService::makeClient(directory->baseUrl, directory->id, directory->key));
    held.client->setRetryPolicy(cliRetryPolicy());
    held.service = std::make_unique<ScimService>(held.client.get(), directory->id);
    return held;
}

// --user-name / --external-id / --display-name, --start-index and --count: the query, and
// whether every page is wanted.
std::optional<ScimQuery> listQuery(const QCommandLineParser &parser, bool groups, bool *allPages,
                                   QString *problem)
{
    ScimQuery query;
    const QList<QString> filters = groups ? QList<QString>{displayNameOption}
                                          : QList<QString>{userNameOption, externalIdOption};
    for (const QString &option : filters) {
        if (!parser.isSet(option))
            continue;
        if (!query.filter.isEmpty()) {
            *problem = QStringLiteral("a SCIM filter takes one attribute: give --user-name or "
                                      "--external-id, not both.");
            return std::nullopt;
        }
        const QString attribute = option == userNameOption     ? QStringLiteral("userName")
                                  : option == externalIdOption ? QStringLiteral("externalId")
                                                               : QStringLiteral("displayName");
        query.filter = ScimQuery::equals(attribute, parser.value(option));
    }
    *allPages = !parser.isSet(startIndexOption) && !parser.isSet(countOption);
    for (const QString &option : {startIndexOption, countOption}) {
        if (!parser.isSet(option))
            continue;
        bool isNumber = false;
        const int value = parser.value(option).toInt(&isNumber);
        const int most =
            option == countOption ? ScimQuery::maxCount : std::numeric_limits<int>::max();
        if (!isNumber || value < 1 || value > most) {
            *problem = option == countOption
                           ? QStringLiteral("--count takes 1 to 100 (a page's most), not '%1'.")
                                 .arg(parser.value(option))
                           : QStringLiteral("--start-index takes a number from 1, not '%1'.")
                                 .arg(parser.value(option));
            return std::nullopt;
        }
        (option == countOption ? query.count : query.startIndex) = value;
    }
    return query;
}

int list(const QCommandLineParser &parser)
{
    QString problem;
    bool allPages = true;
    const std::optional<OutputFormat> format = ScimCliOptions::format(parser, &problem);
    const std::optional<ScimQuery> query =
        format ? listQuery(parser, false, &allPages, &problem) : std::nullopt;
    std::optional<DirectoryService> held =
        query ? directoryService(parser, &problem) : std::nullopt;
    if (!held)
        return usageError(problem);
    std::unique_ptr<ScimUserPager> pager(held->service->users(*query));
    return ScimCliRun::writePages<ScimUser>(
        pager.get(), &ScimUserPager::usersReceived,
        [](const QList<ScimUser> &users) {
            QList<Row> rows;
            for (const ScimUser &user : users)
                rows.append(userRow(user));
            return rows;
        },
        *format, userColumns(), allPages);
}

ApiResult<ScimUser> fetchUser(const ScimService &service, const QString &id)
{
    return waitFor<ApiResult<ScimUser>>(
        [&](QObject *context, auto done) { service.user(id, context, done); });
}

int get(const QCommandLineParser &parser)
{
    QString problem;
    const std::optional<QStringList> ids = ScimCliOptions::ids(parser, userOption, &problem);
    std::optional<DirectoryService> held = ids ? directoryService(parser, &problem) : std::nullopt;
    if (!held)
        return usageError(problem);
    if (ids->size() != 1)
        return usageError(
            QStringLiteral("'scim users get' shows one record: give one --scim-user."));
    const ApiResult<ScimUser> user = fetchUser(*held->service, ids->first());
    if (!user.ok()) {
        printErrorLine(user.error.userMessage());
        return exitCodeFor(user.error);
    }
    // The whole record as the directory sent it.
    printToStdout(QString::fromUtf8(QJsonDocument(user.value.raw).toJson()));
    return ExitCode::Success;
}

enum class Change { Deactivate, Activate, Delete };

QString question(Change change, const QString &directoryId, const QStringList &names)
{
    const QString shown =
        names.mid(0, 5).join(QStringLiteral(", ")) +
        (names.size() > 5 ? QStringLiteral(" and %1 more").arg(names.size() - 5) : QString());
    const QString count = QString::number(names.size());
    switch (change) {
    case Change::Deactivate:
        return QStringLiteral("Deactivate %1 SCIM record(s) in directory %2: %3? Their Atlassian "
                              "accounts are deactivated too, until the records are activated "
                              "again.")
            .arg(count, directoryId, shown);
    case Change::Activate:
        return QStringLiteral("Activate %1 SCIM record(s) in directory %2: %3? Their Atlassian "
                              "accounts are activated too.")
            .arg(count, directoryId, shown);
    case Change::Delete:
        return QStringLiteral("Delete %1 SCIM record(s) in directory %2: %3? Their Atlassian "
                              "accounts are deactivated, and only a new push from the identity "
                              "provider brings them back.")
            .arg(count, directoryId, shown);
    }
    return QString();
}

int change(const QCommandLineParser &parser, Change change)
{
    QString problem;
    const std::optional<QStringList> ids = ScimCliOptions::ids(parser, userOption, &problem);
    std::optional<DirectoryService> held = ids ? directoryService(parser, &problem) : std::nullopt;
    if (!held)
        return usageError(problem);
    const ScimService &service = *held->service;

    // Each record first, so that the question names who it is about.
    QStringList names;
    int failed = 0;
    QStringList found;
    ApiError last;
    for (const QString &id : *ids) {
        const ApiResult<ScimUser> user = fetchUser(service, id);
        if (!user.ok()) {
            printToStdout(QStringLiteral("failed\t%1\t\t%2\n").arg(id, user.error.userMessage()));
            ++failed;
            last = user.error;
            if (user.error.kind() == ApiError::Kind::Unauthorized)
                return exitCodeFor(user.error); // the same key for every other record
            continue;
        }
        names.append(user.value.userName.isEmpty() ? id : user.value.userName);
        found.append(id);
    }
    int exitCode = ExitCode::Success;
    const QString expected =
        change == Change::Delete ? QString::number(found.size()) : QStringLiteral("yes");
    if (!found.isEmpty() &&
        !ScimCliRun::confirm(question(change, service.directoryId(), names), expected,
                             ScimCliOptions::assumeYes(parser), &exitCode))
        return exitCode;

    const QString done = change == Change::Deactivate ? QStringLiteral("deactivated")
                         : change == Change::Activate ? QStringLiteral("activated")
                                                      : QStringLiteral("deleted");
    for (int i = 0; i < found.size(); ++i) {
        ApiError error;
        if (change == Change::Delete) {
            error = waitFor<ApiError>([&](QObject *context, auto finished) {
                service.deleteUser(found.at(i), context, finished);
            });
        } else {
            error =
                waitFor<ApiResult<ScimUser>>([&](QObject *context, auto finished) {
                    service.setActive(found.at(i), change == Change::Activate, context, finished);
                }).error;
        }
        if (error.isError()) {
            ++failed;
            last = error;
        }
        printToStdout(QStringLiteral("%1\t%2\t%3\t%4\n")
                          .arg(error.isError() ? QStringLiteral("failed") : done, found.at(i),
                               names.at(i), error.isError() ? error.userMessage() : QString()));
    }
    if (failed == 0)
        return ExitCode::Success;
    if (ids->size() == 1)
        return exitCodeFor(last);
    return ExitCode::SomeFailed;
}

QStringList groupColumns()
{
    return {QStringLiteral("id"), QStringLiteral("display_name"), QStringLiteral("external_id"),
            QStringLiteral("members"), QStringLiteral("last_modified")};
}

int listGroups(const QCommandLineParser &parser)
{
    QString problem;
    bool allPages = true;
    const std::optional<OutputFormat> format = ScimCliOptions::format(parser, &problem);
    const std::optional<ScimQuery> query =
        format ? listQuery(parser, true, &allPages, &problem) : std::nullopt;
    std::optional<DirectoryService> held =
        query ? directoryService(parser, &problem) : std::nullopt;
    if (!held)
        return usageError(problem);
    std::unique_ptr<ScimGroupPager> pager(held->service->groups(*query));
    return ScimCliRun::writePages<ScimGroup>(
        pager.get(), &ScimGroupPager::groupsReceived,
        [](const QList<ScimGroup> &groups) {
            QList<Row> rows;
            for (const ScimGroup &group : groups)
                rows.append({group.id, group.displayName, group.externalId,
                             double(group.members.size()),
                             group.lastModified.isValid() ? group.lastModified.toString(Qt::ISODate)
                                                          : QString()});
            return rows;
        },
        *format, groupColumns(), allPages);
}

int members(const QCommandLineParser &parser)
{
    QString problem;
    const std::optional<OutputFormat> format = ScimCliOptions::format(parser, &problem);
    const std::optional<QStringList> ids =
        format ? ScimCliOptions::ids(parser, groupOption, &problem) : std::nullopt;
    std::optional<DirectoryService> held = ids ? directoryService(parser, &problem) : std::nullopt;
    if (!held)
        return usageError(problem);
    if (ids->size() != 1)
        return usageError(QStringLiteral("'scim groups members' takes one --group ID."));
    const ApiResult<ScimGroup> group = waitFor<ApiResult<ScimGroup>>(
        [&](QObject *context, auto done) { held->service->group(ids->first(), context, done); });
    if (!group.ok()) {
        printErrorLine(group.error.userMessage());
        return exitCodeFor(group.error);
    }
    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    const auto writer =
        makeRowWriter(*format, &out, {QStringLiteral("scim_user_id"), QStringLiteral("display")});
    QList<Row> rows;
    for (const ScimRef &member : group.value.members)
        rows.append({member.value, member.display});
    if (!writer->write(rows) || !writer->finish()) {
        printErrorLine(QStringLiteral("could not write the output: ") + out.errorString());
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

} // namespace

void addScimRecordOptions(QCommandLineParser &parser)
{
    parser.addOption({userOption, QStringLiteral("SCIM user ids."), QStringLiteral("ID,ID")});
    parser.addOption({groupOption, QStringLiteral("A SCIM group id."), QStringLiteral("ID")});
    parser.addOption({userNameOption, QStringLiteral("Only this userName."), QStringLiteral("X")});
    parser.addOption(
        {externalIdOption, QStringLiteral("Only this externalId."), QStringLiteral("X")});
    parser.addOption(
        {displayNameOption, QStringLiteral("Only this group name."), QStringLiteral("X")});
    parser.addOption(
        {startIndexOption, QStringLiteral("One page from here (1-based)."), QStringLiteral("N")});
    parser.addOption(
        {countOption, QStringLiteral("One page of N (at most 100)."), QStringLiteral("N")});
}

int runScimUsers(const QCommandLineParser &parser, const QString &action)
{
    if (action == QLatin1String("list"))
        return list(parser);
    if (action == QLatin1String("get"))
        return get(parser);
    if (action == QLatin1String("deactivate"))
        return change(parser, Change::Deactivate);
    if (action == QLatin1String("activate"))
        return change(parser, Change::Activate);
    if (action == QLatin1String("delete"))
        return change(parser, Change::Delete);
    return usageError(QStringLiteral("'scim users' takes list, get, deactivate, activate or "
                                     "delete. Try 'orgdesk-cli --help'."));
}

int runScimGroups(const QCommandLineParser &parser, const QString &action)
{
    if (action == QLatin1String("list"))
        return listGroups(parser);
    if (action == QLatin1String("members"))
        return members(parser);
    return usageError(
        QStringLiteral("'scim groups' takes list or members. Try 'orgdesk-cli --help'."));
}
