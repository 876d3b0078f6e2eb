#include "AuditSync.h"

#include "AuditSyncWriter.h"
#include "EventsService.h"

#include <QDateTime>
#include <QThread>

namespace {

// Pages handed to the writer and not stored yet: the next page is fetched while one is written,
// and no more, so that memory stays bounded when the disk is slower than the network.
constexpr int maxPendingWrites = 2;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

AuditSync::AuditSync(ApiClient *client, const QString &orgId, const QString &databaseFolder,
                     QObject *parent)
    : QObject(parent), m_service(std::make_unique<EventsService>(client, orgId)),
      m_thread(new QThread(this)), m_writer(new AuditSyncWriter(orgId, databaseFolder))
{
    m_thread->setObjectName(QStringLiteral("audit-sync"));
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &AuditSyncWriter::pageStored, this, &AuditSync::onStored);
    connect(m_writer, &AuditSyncWriter::cursorRead, this,
            [this](const QString &cursor, const QString &error) {
                if (!error.isEmpty()) {
                    m_error = ApiError::local(error);
                    finishIfDone();
                    return;
                }
                m_nextCursor = cursor;
                fetch(cursor);
            });
    connect(m_writer, &AuditSyncWriter::pruned, this, [this] {
        m_pruning = false;
        finishIfDone();
    });
    connect(&m_timer, &QTimer::timeout, this, &AuditSync::start);
    m_thread->start();
}

AuditSync::~AuditSync()
{
    m_running = false; // no signal from a half-destroyed sync
    if (m_reply)
        m_reply->abort();
    // A page being written is committed or rolled back whole; pages still queued are dropped
    // and fetched again by the next run from the stored cursor.
    m_thread->quit();
    m_thread->wait();
}

template <typename Call> void AuditSync::post(Call call)
{
    QMetaObject::invokeMethod(m_writer, std::move(call), Qt::QueuedConnection);
}

void AuditSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_caughtUp = false;
    m_pruning = false;
    m_pruned = false;
    m_pendingWrites = 0;
    m_stored = 0;
    m_error = ApiError();
    Q_EMIT started();
    // The catalogue once per run, beside the first page; without it search falls back to the
    // action ids' words, so a failure here does not stop the sync.
    m_service->actions(this, [this](const ApiResult<QList<EventAction>> &result) {
        if (result.ok() && !result.value.isEmpty()) {
            AuditSyncWriter *writer = m_writer;
            const QList<EventAction> actions = result.value;
            post([writer, actions] { writer->storeActions(actions); });
        }
    });
    AuditSyncWriter *writer = m_writer;
    post([writer] { writer->readCursor(); });
}

void AuditSync::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    finishIfDone();
}

bool AuditSync::isRunning() const
{
    return m_running;
}

void AuditSync::setInterval(int minutes)
{
    if (minutes <= 0)
        m_timer.stop();
    else
        m_timer.start(minutes * 60 * 1000);
}

void AuditSync::setRetentionDays(int days)
{
    m_retentionDays = std::max(0, days);
}

void AuditSync::setPageSize(int events)
{
    m_pageSize = std::clamp(events, 1, EventsService::maxStreamLimit);
}

void AuditSync::fetch(const QString &cursor)
{
    m_reply =
        m_service->streamPage(cursor, m_pageSize, this,
                              [this](const ApiResult<EventStreamPage> &result) { onPage(result); });
}

void AuditSync::onPage(const ApiResult<EventStreamPage> &result)
{
    m_reply.clear();
    if (!m_running)
        return;
    if (m_cancelled) {
        finishIfDone();
        return;
    }
    if (!result.ok()) {
        m_error = result.error;
        finishIfDone();
        return;
    }
    const EventStreamPage &page = result.value;
    // The stream sends a cursor even on its last page; keep the one we have if it did not.
    const QString cursor = page.nextCursor.isEmpty() ? m_nextCursor : page.nextCursor;
    m_caughtUp = page.events.isEmpty();
    if (!m_caughtUp || cursor != m_nextCursor) {
        ++m_pendingWrites;
        AuditSyncWriter *writer = m_writer;
        const QList<AuditEvent> events = page.events;
        const qint64 now = nowMs();
        post([writer, events, cursor, now] { writer->storePage(events, cursor, now); });
    }
    m_nextCursor = cursor;
    if (!m_caughtUp && m_pendingWrites < maxPendingWrites)
        fetch(m_nextCursor);
    finishIfDone();
}

void AuditSync::onStored(int stored, qint64 newestMs, const QString &error)
{
    --m_pendingWrites;
    if (stored < 0) {
        m_error = ApiError::local(error);
    } else {
        m_stored += stored;
        if (stored > 0)
            Q_EMIT progress(m_stored, newestMs);
    }
    if (m_running && !m_cancelled && !m_error.isError() && !m_caughtUp && !m_reply)
        fetch(m_nextCursor);
    finishIfDone();
}

// The run ends when nothing is in flight: no page asked for, none waiting to be written.
void AuditSync::finishIfDone()
{
    if (!m_running || m_reply || m_pendingWrites > 0 || m_pruning)
        return;
    const bool stopped = m_cancelled || m_error.isError();
    if (!stopped && !m_caughtUp)
        return;
    if (!stopped && m_retentionDays > 0 && !m_pruned) {
        m_pruning = true;
        m_pruned = true;
        AuditSyncWriter *writer = m_writer;
        const int days = m_retentionDays;
        const qint64 now = nowMs();
        post([writer, days, now] { writer->prune(days, now); });
        return;
    }
    m_running = false;
    m_pruned = false;
    Q_EMIT finished(m_stored, m_cancelled ? ApiError() : m_error, m_cancelled);
}
