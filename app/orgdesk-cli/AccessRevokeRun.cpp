#include "AccessRevokeRun.h"

#include "ApiClient.h"
#include "BulkJob.h"
#include "CliConfirm.h"
#include "CliExit.h"
#include "FinalItems.h"
#include "JobManager.h"
#include "Pager.h"

#include <cstdio>

AccessRevokeRun::AccessRevokeRun(ApiClient *client, Pager *listAll, QString orgId, Kind kind,
                                 QStringList ids, bool assumeYes, QObject *parent)
    : QObject(parent), m_client(client), m_listAll(listAll), m_orgId(std::move(orgId)),
      m_kind(std::move(kind)), m_ids(std::move(ids)), m_assumeYes(assumeYes)
{
    m_client->setParent(this);
    m_listAll->setParent(this);
    connect(m_listAll, &Pager::pageReceived, this, &AccessRevokeRun::onPage);
    connect(m_listAll, &Pager::failed, this, &AccessRevokeRun::onListFailed);
}

AccessRevokeRun::~AccessRevokeRun() = default;

void AccessRevokeRun::start()
{
    m_listAll->fetchNext();
}

void AccessRevokeRun::onPage(const QJsonArray &items, bool hasMore)
{
    for (const JobItem &item : m_kind.itemsOfPage(items))
        m_known.insert(item.id, item);
    if (hasMore)
        m_listAll->fetchNext();
    else
        askAndRun();
}

void AccessRevokeRun::onListFailed(const ApiError &error)
{
    printErrorLine(error.userMessage());
    Q_EMIT finished(exitCodeFor(error));
}

void AccessRevokeRun::askAndRun()
{
    QList<JobItem> items;
    QStringList labels;
    for (const QString &id : std::as_const(m_ids)) {
        JobItem item = m_known.value(id, JobItem{id, QString()});
        if (!m_known.contains(id)) {
            item.state = JobItem::State::Failed;
            item.reason = QStringLiteral("not found in the organization");
        } else {
            labels.append(item.label);
        }
        items.append(item);
    }
    if (!m_assumeYes && !labels.isEmpty()) {
        const QString count = QString::number(labels.size());
        const QString names =
            labels.mid(0, 5).join(QStringLiteral(", ")) +
            (labels.size() > 5 ? QStringLiteral(" and %1 more").arg(labels.size() - 5) : QString());
        switch (confirmOnTerminal(
            QStringLiteral("Revoke %1 %2: %3?").arg(count, m_kind.nounPlural, names), count)) {
        case ConfirmAnswer::Confirmed:
            break;
        case ConfirmAnswer::Declined:
            printErrorLine(QStringLiteral("nothing revoked."));
            Q_EMIT finished(ExitCode::Failure);
            return;
        case ConfirmAnswer::NoTerminal:
            printErrorLine(QStringLiteral("refusing to revoke without asking: standard input is "
                                          "not a terminal. Pass --yes to revoke without asking."));
            Q_EMIT finished(ExitCode::BadUsage);
            return;
        }
    }
    m_jobs = new JobManager(JobManager::defaultJournalDirectory(), this);
    JobSpec spec;
    spec.operation = m_kind.operation;
    spec.title =
        QStringLiteral("Revoke %1 %2 (orgdesk-cli)").arg(items.size()).arg(m_kind.nounPlural);
    spec.orgId = m_orgId;
    m_job = m_jobs->start(m_client, spec, items);
    if (!m_job) {
        printErrorLine(QStringLiteral("internal error: unknown operation %1").arg(spec.operation));
        Q_EMIT finished(ExitCode::Failure);
        return;
    }
    // Items refused before the job started (not found, say) are printed first.
    printEachFinalItemOnce(
        m_job, this, [this](const JobItem &item) { printItem(item); },
        [](const JobItem &item) { return item.state == JobItem::State::Failed; });
    connect(m_job, &BulkJob::finished, this, &AccessRevokeRun::onJobFinished);
    if (m_job->status() == BulkJob::Status::Finished)
        onJobFinished();
}

void AccessRevokeRun::printItem(const JobItem &item)
{
    QString line;
    switch (item.state) {
    case JobItem::State::Done:
        line = QStringLiteral("revoked\t%1\t%2").arg(item.id, item.label);
        break;
    case JobItem::State::Skipped:
        line = QStringLiteral("skipped\t%1\t%2\t%3").arg(item.id, item.label, item.reason);
        break;
    default:
        line =
            QStringLiteral("failed\t%1\t%2\t%3").arg(item.id, item.label, item.reason.simplified());
        break;
    }
    printToStdout(line + u'\n');
}

void AccessRevokeRun::onJobFinished()
{
    const int failed = m_job->count(JobItem::State::Failed);
    const QString summary = QStringLiteral("%1 revoked, %2 skipped, %3 failed")
                                .arg(m_job->count(JobItem::State::Done))
                                .arg(m_job->count(JobItem::State::Skipped))
                                .arg(failed);
    std::fputs((summary + u'\n').toLocal8Bit().constData(), stderr);
    Q_EMIT finished(failed > 0 ? ExitCode::SomeFailed : ExitCode::Success);
}
