#include "AuditExportJob.h"

#include "AuditArchive.h"
#include "OrgDatabase.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

AuditExportJob::AuditExportJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

AuditExportJob::~AuditExportJob()
{
    cancel();
    m_watcher.waitForFinished(); // the worker shares nothing with us but the flag
}

void AuditExportJob::start(const Request &request)
{
    if (isRunning())
        return;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(
        QtConcurrent::run([request, cancelled = m_cancelled] { return run(request, *cancelled); }));
}

void AuditExportJob::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

AuditExportJob::Outcome AuditExportJob::run(const Request &request,
                                            const std::atomic_bool &cancelled)
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
    const qint64 written = AuditExport::write(archive, request.filter, request.format, &file,
                                              [&cancelled](qint64) { return !cancelled.load(); });
    if (cancelled.load()) {
        file.cancelWriting();
        outcome.cancelled = true;
        return outcome;
    }
    if (written < 0 || !file.commit()) {
        outcome.error = tr("Could not write %1: %2").arg(request.path, file.errorString());
        return outcome;
    }
    if (!archive.lastError().isEmpty() && written == 0) {
        outcome.error = tr("Could not read the archive: %1").arg(archive.lastError());
        return outcome;
    }
    outcome.ok = true;
    outcome.written = written;
    return outcome;
}
