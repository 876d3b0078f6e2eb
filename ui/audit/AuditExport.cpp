#include "AuditExport.h"

#include "AuditArchive.h"
#include "AuditEventsModel.h"
#include "CsvRecord.h"
#include "OrgDatabase.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int exportPage = 2000;

QByteArray csvHeader(const QList<int> &columns)
{
    QStringList titles;
    for (int column : columns)
        titles.append(AuditEventsModel::columnTitle(column));
    return CsvRecord::record(titles);
}

QByteArray line(const AuditExport::Request &request, const AuditEvent &event)
{
    if (request.format == AuditExport::Format::Ndjson)
        return event.json + '\n';
    QStringList cells;
    for (int column : request.columns)
        cells.append(AuditEventsModel::exportText(event, column, request.actionNames));
    return CsvRecord::record(cells);
}

} // namespace

AuditExport::AuditExport(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

AuditExport::~AuditExport()
{
    cancel();
    m_watcher.waitForFinished(); // the worker holds nothing of ours but the flags it shares
}

void AuditExport::start(const Request &request)
{
    if (isRunning())
        return;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_written = std::make_shared<std::atomic<qint64>>(0);
    m_watcher.setFuture(QtConcurrent::run(
        [request, cancelled = m_cancelled, written = m_written] {
            return write(request, *cancelled, *written);
        }));
}

void AuditExport::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

AuditExport::Outcome AuditExport::write(const Request &request, const std::atomic_bool &cancelled,
                                        std::atomic<qint64> &written)
{
    Outcome outcome;
    OrgDatabase database(request.orgId, request.databaseFolder);
    if (!database.isOpen()) {
        outcome.error = tr("Could not open the archive: %1").arg(database.lastError());
        return outcome;
    }
    const AuditArchive archive(database.database());
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = tr("Could not write %1: %2").arg(request.path, file.errorString());
        return outcome;
    }
    if (request.format == Format::Csv)
        file.write(csvHeader(request.columns));
    std::optional<AuditArchive::RowKey> after;
    while (!cancelled.load()) {
        const QList<AuditEvent> page = archive.events(request.filter, exportPage, after);
        if (page.isEmpty() && !archive.lastError().isEmpty()) {
            outcome.error = tr("Could not read the archive: %1").arg(archive.lastError());
            file.cancelWriting();
            return outcome;
        }
        QByteArray bytes;
        for (const AuditEvent &event : page)
            bytes += line(request, event);
        if (file.write(bytes) != bytes.size()) {
            outcome.error = tr("Could not write %1: %2").arg(request.path, file.errorString());
            file.cancelWriting();
            return outcome;
        }
        written += page.size();
        if (page.size() < exportPage)
            break;
        after = AuditArchive::RowKey{page.constLast().timeMs, page.constLast().id};
    }
    outcome.written = written.load();
    if (cancelled.load()) {
        file.cancelWriting();
        outcome.cancelled = true;
        return outcome;
    }
    if (!file.commit()) {
        outcome.error = tr("Could not write %1: %2").arg(request.path, file.errorString());
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}
