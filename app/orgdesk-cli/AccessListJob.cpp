#include "AccessListJob.h"

#include "ApiAccessService.h"
#include "ApiClient.h"
#include "CliClient.h"
#include "CliConnection.h"
#include "CliExit.h"
#include "Pager.h"
#include "RunUntilFinished.h"

#include <QFile>

AccessListJob::AccessListJob(Pager *pager, RowsOfPage rows, std::unique_ptr<RowWriter> writer,
                             QObject *parent)
    : QObject(parent), m_pager(pager), m_rows(std::move(rows)), m_writer(std::move(writer))
{
    m_pager->setParent(this);
    connect(m_pager, &Pager::pageReceived, this, &AccessListJob::onPage);
    connect(m_pager, &Pager::failed, this, &AccessListJob::onFailed);
}

AccessListJob::~AccessListJob() = default;

void AccessListJob::start()
{
    m_pager->fetchNext();
}

int AccessListJob::run(const CliConnection &connection, OutputFormat format,
                       const QStringList &columns,
                       const std::function<Pager *(const ApiAccessService &)> &makePager,
                       RowsOfPage rows)
{
    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    ApiClient *client = makeCliClient(connection, nullptr);
    ApiAccessService service(client, connection.orgId);
    AccessListJob job(makePager(service), std::move(rows), makeRowWriter(format, &out, columns));
    client->setParent(&job);
    return runUntilFinished(job);
}

void AccessListJob::onPage(const QJsonArray &items, bool hasMore)
{
    if (hasMore)
        m_pager->fetchNext(); // the server works on the next page while this one is written
    const QList<Row> rows = m_rows(items);
    if ((!rows.isEmpty() && !m_writer->write(rows)) || (!hasMore && !m_writer->finish())) {
        m_pager->cancel();
        printErrorLine(QStringLiteral("could not write to standard output."));
        Q_EMIT finished(ExitCode::Failure);
        return;
    }
    if (!hasMore)
        Q_EMIT finished(ExitCode::Success);
}

void AccessListJob::onFailed(const ApiError &error)
{
    printErrorLine(error.userMessage());
    Q_EMIT finished(exitCodeFor(error));
}
