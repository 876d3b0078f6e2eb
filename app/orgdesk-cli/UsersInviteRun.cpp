#include "UsersInviteRun.h"

#include "ApiClient.h"
#include "BulkJob.h"
#include "CliConfirm.h"
#include "CliExit.h"
#include "FinalItems.h"
#include "GroupService.h"
#include "JobManager.h"
#include "PeopleResolver.h"
#include "RoleCatalog.h"
#include "UserService.h"
#include "WorkspaceService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

UsersInviteRun::UsersInviteRun(ApiClient *client, QString orgId, Options options, QObject *parent)
    : QObject(parent), m_client(client), m_orgId(std::move(orgId)), m_options(std::move(options)),
      m_users(new UserService(client, m_orgId)), m_groupService(new GroupService(client, m_orgId)),
      m_jobs(new JobManager(m_options.journalDirectory.isEmpty()
                                ? JobManager::defaultJournalDirectory()
                                : m_options.journalDirectory,
                            this))
{
    m_client->setParent(this);
    m_spec.sendNotification = m_options.notify;
    m_spec.notificationText = m_options.message;
}

UsersInviteRun::~UsersInviteRun()
{
    delete m_resolver;
    delete m_workspacePager;
    delete m_groupService;
    delete m_users;
}

void UsersInviteRun::fail(int exitCode, const QString &message)
{
    printErrorLine(message);
    Q_EMIT finished(exitCode);
}

void UsersInviteRun::start()
{
    if (m_options.grants.isEmpty()) {
        resolveNextGroup();
        return;
    }
    m_workspacePager = WorkspaceService(m_client, m_orgId).search(QString(), 1000);
    connect(m_workspacePager, &WorkspacePager::workspacesReceived, this,
            &UsersInviteRun::onWorkspaces);
    connect(m_workspacePager, &Pager::failed, this, [this](const ApiError &error) {
        fail(exitCodeFor(error),
             QStringLiteral("could not list the workspaces: %1").arg(error.userMessage()));
    });
    m_workspacePager->fetchNext();
}

void UsersInviteRun::onWorkspaces(const QList<Workspace> &workspaces, bool hasMore)
{
    m_workspaces += workspaces;
    if (hasMore) {
        m_workspacePager->fetchNext();
        return;
    }
    if (resolveGrants())
        resolveNextGroup();
}

bool UsersInviteRun::resolveGrants()
{
    for (const auto &[name, roleText] : std::as_const(m_options.grants)) {
        const Workspace *found = nullptr;
        for (const Workspace &workspace : std::as_const(m_workspaces)) {
            if (workspace.id == name || workspace.name.compare(name, Qt::CaseInsensitive) == 0) {
                found = &workspace;
                break;
            }
        }
        if (!found) {
            fail(ExitCode::BadUsage,
                 QStringLiteral("--grant: no workspace is named or has the id '%1'.").arg(name));
            return false;
        }
        const QString role =
            roleText.contains(u'/') ? roleText : QStringLiteral("atlassian/") + roleText;
        const QStringList takes = InviteOperation::inviteRolesFor(found->typeKey);
        if (!takes.contains(role)) {
            QStringList shortNames;
            for (const QString &id : takes)
                shortNames.append(id.section(u'/', -1));
            fail(ExitCode::BadUsage,
                 QStringLiteral("--grant: %1 (%2) takes the roles %3 in an invitation, not '%4'.")
                     .arg(found->name, found->typeKey, shortNames.join(QStringLiteral(", ")),
                          roleText));
            return false;
        }
        m_spec.grants.append({found->id, role, found->name});
    }
    return true;
}

void UsersInviteRun::resolveNextGroup()
{
    if (m_nextGroup >= m_options.groups.size()) {
        checkMembers();
        return;
    }
    const QString wanted = m_options.groups.at(m_nextGroup++);
    auto answer = [this, wanted](const ApiResult<Group> &result) {
        if (!result.ok()) {
            fail(result.error.kind() == ApiError::Kind::NotFound ? int(ExitCode::BadUsage)
                                                                 : exitCodeFor(result.error),
                 result.error.kind() == ApiError::Kind::NotFound
                     ? QStringLiteral("--group: no group is named or has the id '%1'.").arg(wanted)
                     : QStringLiteral("could not find the group: %1")
                           .arg(result.error.userMessage()));
            return;
        }
        if (result.value.isSynced()) {
            fail(ExitCode::BadUsage,
                 QStringLiteral("--group: '%1' is synced from an identity provider: add people "
                                "to it there.")
                     .arg(result.value.name));
            return;
        }
        m_spec.groups.append({result.value.id, result.value.name});
        resolveNextGroup();
    };
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (uuid.match(wanted).hasMatch())
        m_groupService->group(QStringLiteral("-"), wanted, this, answer);
    else
        m_groupService->findByName(QStringLiteral("-"), wanted, this, answer);
}

void UsersInviteRun::checkMembers()
{
    m_resolver = new PeopleResolver(m_users);
    connect(m_resolver, &PeopleResolver::finished, this, &UsersInviteRun::onMembersChecked);
    connect(m_resolver, &PeopleResolver::failed, this, [this](const ApiError &error) {
        fail(exitCodeFor(error), QStringLiteral("could not check who is already in the "
                                                "organization: %1")
                                     .arg(error.userMessage()));
    });
    PeopleList list;
    list.emails = m_options.emails;
    m_resolver->resolve(list);
}

void UsersInviteRun::onMembersChecked()
{
    QSet<QString> members;
    for (const DirectoryUser &person : m_resolver->found())
        members.insert(person.email.toLower());
    QList<JobItem> items;
    for (const QString &email : std::as_const(m_options.emails))
        items.append(InviteOperation::itemFor(email, members.contains(email.toLower())));
    if (!m_options.assumeYes && !confirm(items))
        return;
    run(items);
}

bool UsersInviteRun::confirm(const QList<JobItem> &items)
{
    QStringList access;
    for (const InviteSpec::Grant &grant : std::as_const(m_spec.grants))
        access.append(QStringLiteral("%1 on %2")
                          .arg(RoleCatalog::displayName(grant.role), grant.workspaceName));
    for (const InviteSpec::GroupRef &group : std::as_const(m_spec.groups))
        access.append(QStringLiteral("group %1").arg(group.name));
    int members = 0;
    for (const JobItem &item : items)
        members += item.extra.value(QLatin1String("member")).toBool();
    const QString shown =
        m_options.emails.mid(0, 5).join(QStringLiteral(", ")) +
        (items.size() > 5 ? QStringLiteral(" and %1 more").arg(items.size() - 5) : QString());
    QString question =
        QStringLiteral("Invite %1 %2 (%3; %4): %5?")
            .arg(items.size())
            .arg(items.size() == 1 ? QStringLiteral("person") : QStringLiteral("people"),
                 access.join(QStringLiteral(", ")),
                 m_spec.sendNotification ? QStringLiteral("an e-mail is sent")
                                         : QStringLiteral("no e-mail"),
                 shown);
    if (members > 0)
        question += QStringLiteral("\n%1 already in the organization: they get the access, no "
                                   "invitation.")
                        .arg(members);
    switch (confirmOnTerminal(question, QStringLiteral("yes"))) {
    case ConfirmAnswer::Confirmed:
        return true;
    case ConfirmAnswer::Declined:
        fail(ExitCode::Failure, QStringLiteral("nobody was invited."));
        return false;
    case ConfirmAnswer::NoTerminal:
        fail(ExitCode::BadUsage, QStringLiteral("refusing to invite without asking: standard "
                                                "input is not a terminal. Pass --yes to invite "
                                                "without asking."));
        return false;
    }
    return false;
}

void UsersInviteRun::run(const QList<JobItem> &items)
{
    JobSpec spec;
    spec.operation = InviteOperation::operationKey();
    spec.title = QStringLiteral("Invite %1 people (orgdesk-cli)").arg(items.size());
    spec.orgId = m_orgId;
    spec.params = m_spec.toParams();
    m_job = m_jobs->start(m_client, spec, items);
    if (!m_job) {
        fail(ExitCode::Failure, QStringLiteral("internal error: the invite operation is not "
                                               "registered"));
        return;
    }
    printEachFinalItemOnce(m_job, this, [this](const JobItem &item) { printItem(item); });
    connect(m_job, &BulkJob::finished, this, &UsersInviteRun::finish);
    if (m_job->status() == BulkJob::Status::Finished)
        finish();
}

void UsersInviteRun::printItem(const JobItem &item)
{
    const bool member = item.extra.value(QLatin1String("member")).toBool();
    QString result;
    if (item.state == JobItem::State::Done) {
        result = member ? QStringLiteral("given") : QStringLiteral("invited");
        ++(member ? m_given : m_invited);
    } else {
        result = QStringLiteral("failed");
        ++m_failed;
    }
    if (m_options.json) {
        m_results.append(QJsonObject{{QStringLiteral("email"), item.label},
                                     {QStringLiteral("member"), member},
                                     {QStringLiteral("result"), result},
                                     {QStringLiteral("reason"), item.reason}});
        return;
    }
    printToStdout(QStringLiteral("%1  %2  %3")
                      .arg(result, -7)
                      .arg(item.label, -36)
                      .arg(item.reason.simplified()) +
                  u'\n');
}

void UsersInviteRun::finish()
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    if (m_options.json) {
        const QJsonObject document{
            {QStringLiteral("operation"), InviteOperation::operationKey()},
            {QStringLiteral("results"), m_results},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("invited"), m_invited},
                                                    {QStringLiteral("given"), m_given},
                                                    {QStringLiteral("failed"), m_failed}}}};
        printToStdout(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    }
    std::fputs(QStringLiteral("%1 invited, %2 given access, %3 failed\n")
                   .arg(m_invited)
                   .arg(m_given)
                   .arg(m_failed)
                   .toLocal8Bit()
                   .constData(),
               stderr);
    Q_EMIT finished(m_failed > 0 ? ExitCode::SomeFailed : ExitCode::Success);
}
