#include "AuditTailRun.h"

#include "ApiClient.h"
#include "AuditArchive.h"
#include "AuditExport.h"
#include "CliClient.h"
#include "CliExit.h"
#include "EventsService.h"
#include "OrgDatabase.h"

#include <QDateTime>
#include <QFileDevice>

AuditTailRun::AuditTailRun(const CliConnection &connection, bool follow, int intervalMs,
                           QIODevice *out, QObject *parent)
    : QObject(parent), m_client(makeCliClient(connection, this)),
      m_service(std::make_unique<EventsService>(m_client, connection.orgId)),
      m_database(std::make_unique<OrgDatabase>(connection.orgId)), m_follow(follow), m_out(out)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(intervalMs);
    connect(&m_poll, &QTimer::timeout, this, &AuditTailRun::fetch);
}

// The archive before its database.
AuditTailRun::~AuditTailRun()
{
    m_archive.reset();
}

void AuditTailRun::start()
{
    if (!m_database->isOpen()) {
        fail(ExitCode::Failure, QStringLiteral("the local audit archive %1 could not be opened: %2")
                                    .arg(m_database->filePath(), m_database->lastError()));
        return;
    }
    m_archive = std::make_unique<AuditArchive>(m_database->database());
    m_cursor = m_archive->streamCursor();
    fetch();
}

void AuditTailRun::fetch()
{
    m_service->streamPage(m_cursor, EventsService::maxStreamLimit, this,
                          [this](const ApiResult<EventStreamPage> &result) { onPage(result); });
}

void AuditTailRun::onPage(const ApiResult<EventStreamPage> &result)
{
    if (!result.ok()) {
        // Following, a passing failure (network, server, rate limit) waits for the next poll.
        const bool passing =
            result.error.isTransient() || result.error.kind() == ApiError::Kind::RateLimited;
        if (m_follow && passing) {
            printErrorLine(result.error.userMessage());
            m_poll.start();
            return;
        }
        fail(exitCodeFor(result.error), result.error.userMessage());
        return;
    }
    const EventStreamPage &page = result.value;
    QByteArray lines;
    for (const AuditEvent &event : page.events) {
        if (!m_archive->event(event.id))
            lines += AuditExport::ndjsonLine(event);
    }
    if (!lines.isEmpty()) {
        auto *file = qobject_cast<QFileDevice *>(m_out);
        if (m_out->write(lines) != lines.size() || (file && !file->flush())) {
            fail(ExitCode::Failure, QStringLiteral("cannot write to standard output."));
            return;
        }
    }
    const QString cursor = page.nextCursor.isEmpty() ? m_cursor : page.nextCursor;
    if ((!page.events.isEmpty() || cursor != m_cursor) &&
        m_archive->storePage(page.events, cursor, QDateTime::currentMSecsSinceEpoch()) < 0) {
        fail(ExitCode::Failure, QStringLiteral("could not write to the local audit archive: %1")
                                    .arg(m_archive->lastError()));
        return;
    }
    m_cursor = cursor;
    if (!page.events.isEmpty())
        fetch(); // more may be waiting
    else if (m_follow)
        m_poll.start();
    else
        Q_EMIT finished(ExitCode::Success);
}

void AuditTailRun::fail(int exitCode, const QString &reason)
{
    printErrorLine(reason);
    Q_EMIT finished(exitCode);
}
