#include "UsersActionRun.h"

#include "ApiClient.h"
#include "BulkJob.h"
#include "CliConfirm.h"
#include "CliExit.h"
#include "FinalItems.h"
#include "GroupOperations.h"
#include "InviteOperation.h"
#include "JobManager.h"
#include "PeopleResolver.h"
#include "UserOperations.h"
#include "UserService.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

UsersActionRun::UsersActionRun(ApiClient *client, QString orgId, Options options, QObject *parent)
    : QObject(parent), m_client(client), m_orgId(std::move(orgId)), m_options(std::move(options)),
      m_users(new UserService(client, m_orgId)),
      m_jobs(new JobManager(m_options.journalDirectory.isEmpty()
                                ? JobManager::defaultJournalDirectory()
                                : m_options.journalDirectory,
                            this))
{
    m_client->setParent(this);
}

UsersActionRun::~UsersActionRun()
{
    delete m_resolver;
    delete m_users;
}

void UsersActionRun::start()
{
    if (m_options.operation.isEmpty()) {
        // This organization's jobs on people (their accounts, their group memberships and
        // invitations); keys and tokens resume with their own commands.
        const QStringList operations =
            UserOperations::all() + QStringList{GroupOperations::addMember(),
                                                GroupOperations::removeMember(),
                                                InviteOperation::operationKey()};
        for (const JobJournal::Entry &entry : m_jobs->unfinishedFromEarlierRuns()) {
            if (entry.spec.orgId == m_orgId && operations.contains(entry.spec.operation))
                m_resumeIds.append(entry.spec.id);
        }
        if (m_resumeIds.isEmpty())
            std::fputs("orgdesk-cli: no unfinished job for this organization.\n", stderr);
        resumeNext();
        return;
    }
    m_resolver = new PeopleResolver(m_users);
    connect(m_resolver, &PeopleResolver::finished, this, &UsersActionRun::onResolved);
    connect(m_resolver, &PeopleResolver::failed, this, [this](const ApiError &error) {
        printErrorLine(QStringLiteral("could not look the people up: %1").arg(error.userMessage()));
        Q_EMIT finished(exitCodeFor(error));
    });
    m_resolver->resolve(m_options.people, m_options.directoryId);
}

void UsersActionRun::onResolved()
{
    for (const QString &entry : m_resolver->unresolved()) {
        JobItem item;
        item.id = entry.contains(u'@') ? QString() : entry;
        item.label = entry;
        item.state = JobItem::State::Failed;
        item.reason = QStringLiteral("matched nobody in the organization");
        m_unresolved.append(item);
    }
    QList<JobItem> items;
    if (UserOperations::all().contains(m_options.operation)) {
        items = UserOperations::itemsFor(m_options.operation, m_resolver->found());
    } else { // the server decides whom it applies to
        for (const DirectoryUser &person : m_resolver->found())
            items.append(UserOperations::itemFor(person));
    }
    if (!m_options.assumeYes && !confirm(items))
        return;
    for (const JobItem &item : std::as_const(m_unresolved))
        printItem(item);
    if (items.isEmpty()) {
        finish();
        return;
    }
    const BulkOperation *operation = BulkOperationRegistry::find(m_options.operation);
    JobSpec spec;
    spec.operation = m_options.operation;
    spec.title = QStringLiteral("%1%2: %3 people (orgdesk-cli)")
                     .arg(operation->title(), subjectText())
                     .arg(items.size());
    spec.orgId = m_orgId;
    spec.reason = m_options.reason;
    spec.params.insert(QStringLiteral("directoryId"), m_options.directoryId);
    if (m_options.operation == UserOperations::deactivate() && !m_options.reason.isEmpty())
        spec.params.insert(QStringLiteral("message"), m_options.reason);
    for (auto it = m_options.params.constBegin(); it != m_options.params.constEnd(); ++it)
        spec.params.insert(it.key(), it.value());
    run(m_jobs->start(m_client, spec, items));
}

bool UsersActionRun::confirm(const QList<JobItem> &items)
{
    QStringList names;
    for (const JobItem &item : items) {
        if (item.state == JobItem::State::Pending)
            names.append(item.extra.value(QLatin1String("name")).toString());
    }
    if (names.isEmpty())
        return true; // nothing would be sent
    const BulkOperation *operation = BulkOperationRegistry::find(m_options.operation);
    const QString count = QString::number(names.size());
    const QString shown =
        names.mid(0, 5).join(QStringLiteral(", ")) +
        (names.size() > 5 ? QStringLiteral(" and %1 more").arg(names.size() - 5) : QString());
    // Irreversible verbs want the count typed; the others a plain yes.
    const QString expected =
        UserOperations::isIrreversible(m_options.operation) ? count : QStringLiteral("yes");
    const QString question =
        QStringLiteral("%1%2 for %3 %4: %5?")
            .arg(operation->title(), subjectText(), count,
                 names.size() == 1 ? QStringLiteral("person") : QStringLiteral("people"), shown);
    switch (confirmOnTerminal(question, expected)) {
    case ConfirmAnswer::Confirmed:
        return true;
    case ConfirmAnswer::Declined:
        printErrorLine(QStringLiteral("nothing changed."));
        Q_EMIT finished(ExitCode::Failure);
        return false;
    case ConfirmAnswer::NoTerminal:
        printErrorLine(QStringLiteral("refusing to act without asking: standard input is not a "
                                      "terminal. Pass --yes to act without asking."));
        Q_EMIT finished(ExitCode::BadUsage);
        return false;
    }
    return false;
}

QString UsersActionRun::subjectText() const
{
    return m_options.subject.isEmpty() ? QString()
                                       : QStringLiteral(" \"%1\"").arg(m_options.subject);
}

void UsersActionRun::run(BulkJob *job)
{
    m_job = job;
    if (!m_job) {
        printErrorLine(QStringLiteral("internal error: unknown operation"));
        Q_EMIT finished(ExitCode::Failure);
        return;
    }
    printEachFinalItemOnce(
        m_job, this, [this](const JobItem &item) { printItem(item); },
        [](const JobItem &) { return true; });
    connect(m_job, &BulkJob::finished, this, &UsersActionRun::onJobFinished);
    if (m_job->status() == BulkJob::Status::Finished)
        onJobFinished();
}

void UsersActionRun::resumeNext()
{
    while (!m_resumeIds.isEmpty()) {
        const QString id = m_resumeIds.takeFirst();
        for (const JobJournal::Entry &entry : m_jobs->unfinishedFromEarlierRuns()) {
            if (entry.spec.id != id)
                continue;
            std::fputs(QStringLiteral("orgdesk-cli: resuming \"%1\"\n")
                           .arg(entry.spec.title)
                           .toLocal8Bit()
                           .constData(),
                       stderr);
            run(m_jobs->resume(m_client, entry));
            return;
        }
    }
    finish();
}

void UsersActionRun::printItem(const JobItem &item)
{
    const QString name = item.extra.value(QLatin1String("name")).toString();
    QString result;
    switch (item.state) {
    case JobItem::State::Done:
        result = QStringLiteral("done");
        ++m_done;
        break;
    case JobItem::State::Skipped:
        result = QStringLiteral("skipped");
        ++m_skipped;
        break;
    default:
        result = QStringLiteral("failed");
        ++m_failed;
        break;
    }
    if (m_options.json) {
        m_results.append(QJsonObject{{QStringLiteral("accountId"), item.id},
                                     {QStringLiteral("email"), item.label},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("result"), result},
                                     {QStringLiteral("reason"), item.reason}});
        return;
    }
    printToStdout(QStringLiteral("%1  %2  %3  %4\n")
                      .arg(result, -7)
                      .arg(item.label, -36)
                      .arg(name, -24)
                      .arg(item.reason.simplified())
                      .trimmed() +
                  u'\n');
}

void UsersActionRun::onJobFinished()
{
    disconnect(m_job, nullptr, this, nullptr);
    if (!m_resumeIds.isEmpty()) {
        resumeNext();
        return;
    }
    finish();
}

void UsersActionRun::finish()
{
    const QString summary =
        QStringLiteral("%1 done, %2 skipped, %3 failed").arg(m_done).arg(m_skipped).arg(m_failed);
    if (m_options.json) {
        const QJsonObject document{
            {QStringLiteral("operation"),
             m_options.operation.isEmpty() ? QStringLiteral("resume") : m_options.operation},
            {QStringLiteral("results"), m_results},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("done"), m_done},
                                                    {QStringLiteral("skipped"), m_skipped},
                                                    {QStringLiteral("failed"), m_failed}}}};
        printToStdout(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    }
    std::fputs((summary + u'\n').toLocal8Bit().constData(), stderr);
    Q_EMIT finished(m_failed > 0 ? ExitCode::SomeFailed : ExitCode::Success);
}
