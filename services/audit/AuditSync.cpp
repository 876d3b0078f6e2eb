#include "AuditSync.h"

#include "EventsService.h"

#include <QDateTime>
#include <QThread>

namespace {

// Pages fetched and not stored yet, at most (each about half a megabyte of text): the network
// runs ahead of the disk by this much and no more, so that memory stays bounded.
constexpr qsizetype maxUnstoredPages = 6;

// Whether a page's `data` text is an empty array: the stream has nothing more for now.
bool isEmptyArray(const QByteArray &text)
{
    const QByteArray inner = text.trimmed();
    return inner.size() >= 2 && inner.mid(1, inner.size() - 2).trimmed().isEmpty();
}

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
    connect(m_writer, &AuditSyncWriter::pagesStored, this, &AuditSync::onStored);
    connect(m_writer, &AuditSyncWriter::cursorRead, this,
            [this](const QString &cursor, const QString &error) {
                if (!error.isEmpty()) {
                    m_error = ApiError::local(error);
                    finishIfDone();
                    return;
                }
                m_nextCursor = cursor;
                fetchIfRoom();
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
    m_queued.clear();
    m_writing = 0;
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
    m_queued.clear(); // fetched but not handed to the writer: the next run fetches them again
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

// The next page is asked for as soon as its cursor is known, unless enough pages already wait
// for the disk.
void AuditSync::fetchIfRoom()
{
    if (!m_running || m_cancelled || m_error.isError() || m_caughtUp || m_reply ||
        m_queued.size() + m_writing >= maxUnstoredPages)
        return;
    const QString cursor = m_nextCursor;
    m_reply = m_service->streamText(
        cursor, m_pageSize, this,
        [this, cursor](const ApiResult<EventStreamText> &result) { onPage(cursor, result); });
}

void AuditSync::onPage(const QString &afterCursor, const ApiResult<EventStreamText> &result)
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
    const EventStreamText &page = result.value;
    // The stream sends a cursor even on its last page; keep the one we have if it did not.
    const QString cursor = page.nextCursor.isEmpty() ? afterCursor : page.nextCursor;
    m_caughtUp = isEmptyArray(page.events);
    m_nextCursor = cursor;
    if (!m_caughtUp || cursor != afterCursor)
        m_queued.append({afterCursor, page.events, cursor});
    fetchIfRoom();
    writeQueued();
    finishIfDone();
}

// Everything fetched goes to the writer at once when it is free: one transaction for the pages
// that piled up while it wrote the last ones.
void AuditSync::writeQueued()
{
    if (m_writing > 0 || m_queued.isEmpty())
        return;
    const QList<AuditSyncWriter::PageText> pages = std::exchange(m_queued, {});
    m_writing = pages.size();
    AuditSyncWriter *writer = m_writer;
    const qint64 now = nowMs();
    post([writer, pages, now] { writer->storePages(pages, now); });
}

void AuditSync::onStored(int stored, qint64 newestMs, const QString &error)
{
    m_writing = 0;
    if (stored < 0) {
        m_error = ApiError::local(error);
        m_queued.clear(); // they follow the pages that failed: never stored without them
    } else {
        m_stored += stored;
        if (stored > 0)
            Q_EMIT progress(m_stored, newestMs);
    }
    // After a failed request, what was fetched before it is still stored.
    if (m_running && !m_cancelled)
        writeQueued();
    fetchIfRoom();
    finishIfDone();
}

// The run ends when nothing is in flight: no page asked for, none waiting to be written.
void AuditSync::finishIfDone()
{
    if (!m_running || m_reply || m_writing > 0 || !m_queued.isEmpty() || m_pruning)
        return;
    const bool stopped = m_cancelled || m_error.isError();
    if (!stopped && !m_caughtUp)
        return;
    // A run that stored something ends by pruning (with a retention) and shrinking the WAL.
    if (!stopped && (m_retentionDays > 0 || m_stored > 0) && !m_pruned) {
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
