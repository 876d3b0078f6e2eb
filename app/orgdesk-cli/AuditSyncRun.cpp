#include "AuditSyncRun.h"

#include "ApiClient.h"
#include "AuditArchive.h"
#include "AuditSync.h"
#include "CliClient.h"
#include "CliExit.h"
#include "OrgDatabase.h"

#include <QDateTime>

namespace {

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

AuditSyncRun::AuditSyncRun(const CliConnection &connection, int retentionDays, QObject *parent)
    : QObject(parent), m_connection(connection), m_client(makeCliClient(connection, this)),
      m_sync(new AuditSync(m_client, connection.orgId, QString(), this))
{
    m_sync->setRetentionDays(retentionDays);
    connect(m_sync, &AuditSync::progress, this, [this](qint64 stored, qint64 newestMs) {
        m_progress.update(stored, newestMs > 0 ? day(newestMs) : QString());
    });
    connect(m_sync, &AuditSync::finished, this, &AuditSyncRun::onFinished);
}

AuditSyncRun::~AuditSyncRun() = default;

void AuditSyncRun::start()
{
    m_sync->start();
}

void AuditSyncRun::onFinished(qint64 stored, const ApiError &error, bool cancelled)
{
    m_progress.clear();
    if (error.isError() || cancelled) {
        printErrorLine(QStringLiteral("%1 %2 new events were stored before it stopped; run "
                                      "'audit sync' again to continue from there.")
                           .arg(cancelled ? QStringLiteral("Cancelled.") : error.userMessage())
                           .arg(stored));
        Q_EMIT finished(cancelled ? ExitCode::Failure : exitCodeFor(error));
        return;
    }
    // The summary reads the archive once, after the sync's own connection is done with it.
    OrgDatabase database(m_connection.orgId);
    const AuditArchive::Span span = AuditArchive(database.database()).span();
    // Plain numbers: scripts read this line.
    QString line =
        QStringLiteral("%1 new events stored; the archive holds %2").arg(stored).arg(span.events);
    if (span.events > 0)
        line += QStringLiteral(", from %1 to %2").arg(day(span.oldestMs), day(span.newestMs));
    printToStdout(line + QStringLiteral(" (%1).\n").arg(database.filePath()));
    Q_EMIT finished(ExitCode::Success);
}
