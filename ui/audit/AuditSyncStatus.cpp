#include "AuditSyncStatus.h"

#include "AuditArchive.h"
#include "AuditBackground.h"
#include "AuditSync.h"
#include "PaletteWatcher.h"
#include "StatusColors.h"
#include "UserText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace {

// The server keeps 180 days on every plan (CATALOG §9.1): a first sync starts about there.
constexpr qint64 retentionMs = 180LL * 24 * 3600 * 1000;

QString agoText(qint64 ms, const QDateTime &now)
{
    const qint64 seconds = (now.toMSecsSinceEpoch() - ms) / 1000;
    if (seconds < 60)
        return AuditSyncStatus::tr("just now");
    if (seconds < 3600)
        return AuditSyncStatus::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return AuditSyncStatus::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return UserText::ago(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), now,
                         UserText::Placement::InText);
}

QString dayText(qint64 ms, const QDateTime &now)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
    if (day == now.toLocalTime().date())
        return AuditSyncStatus::tr("today");
    return QLocale().toString(day, QLocale::ShortFormat);
}

} // namespace

AuditSyncStatus::AuditSyncStatus(AuditSync *sync, const AuditArchive *archive, const QString &orgId,
                                 const QString &databaseFolder, QWidget *parent)
    : QWidget(parent), m_sync(sync), m_archive(archive), m_orgId(orgId), m_folder(databaseFolder),
      m_text(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("auditSyncStatus"));
    m_text->setObjectName(QStringLiteral("auditSyncText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("auditSyncProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("auditSyncCancel"));
    m_cancel->setToolTip(tr("Stop after the page in hand: what came stays, the next sync goes on "
                            "from there"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, m_sync, &AuditSync::cancel);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 4, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    connect(m_sync, &AuditSync::started, this, &AuditSyncStatus::onStarted);
    connect(m_sync, &AuditSync::progress, this, &AuditSyncStatus::onProgress);
    connect(m_sync, &AuditSync::finished, this, &AuditSyncStatus::onFinished);
    m_progressDelay.setSingleShot(true);
    m_progressDelay.setInterval(1000);
    connect(&m_progressDelay, &QTimer::timeout, this, &AuditSyncStatus::update);
    m_minute.setInterval(30 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &AuditSyncStatus::update);
    m_minute.start();
    PaletteWatcher::follow(this, [this] { applyColor(); });
}

QString AuditSyncStatus::lastSyncedText(qint64 lastSyncedMs, const QDateTime &now)
{
    if (lastSyncedMs <= 0)
        return tr("Never synced");
    return tr("Last synced %1").arg(agoText(lastSyncedMs, now));
}

QString AuditSyncStatus::spanText(qint64 events, qint64 oldestMs, qint64 newestMs, qint64 bytes,
                                  const QDateTime &now)
{
    const QLocale locale;
    if (events <= 0)
        return tr("no events archived yet");
    QString text =
        tr("%1 events from %2 to %3")
            .arg(locale.toString(events), dayText(oldestMs, now), dayText(newestMs, now));
    if (bytes > 0)
        text += QStringLiteral(" \u00b7 ") + locale.formattedDataSize(bytes);
    return text;
}

void AuditSyncStatus::onStarted()
{
    m_error = ApiError();
    m_outcome.clear();
    m_stored = 0;
    m_newestMs = 0;
    m_backfill = m_archive && m_archive->lastSyncedMs() == 0;
    m_backfillFromMs = QDateTime::currentMSecsSinceEpoch() - retentionMs;
    update();
}

void AuditSyncStatus::onProgress(qint64 stored, qint64 newestMs)
{
    m_stored = stored;
    m_newestMs = qMax(m_newestMs, newestMs);
    // Pages may come many a second in a backfill; the archive's numbers are read once a second.
    if (!m_progressDelay.isActive())
        m_progressDelay.start();
}

void AuditSyncStatus::onFinished(qint64 stored, const ApiError &error, bool cancelled)
{
    m_progressDelay.stop();
    m_error = error;
    if (cancelled)
        m_outcome = tr("Sync cancelled after %1 new events; the next sync goes on from there.")
                        .arg(QLocale().toString(stored));
    else if (error.isError())
        m_outcome = tr("Could not sync: %1 The archive below is as of the last sync.")
                        .arg(error.userMessage());
    else
        m_outcome.clear();
    update();
}

void AuditSyncStatus::update()
{
    showText();
    if (!m_archive || !m_archive->isOpen())
        return;
    delete m_reading; // its answer would be older than this one's
    m_reading = new QObject(this);
    AuditBackground::read<AuditArchive::Span>(
        m_orgId, m_folder, m_reading, [](const AuditArchive &archive) { return archive.span(); },
        [this](const AuditArchive::Span &span) {
            m_span = span;
            m_spanRead = true;
            m_archived = span.events;
            showText();
            Q_EMIT archiveRead();
        });
}

void AuditSyncStatus::showText()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool running = m_sync->isRunning();
    QStringList parts;
    if (running) {
        parts.append(m_stored > 0
                         ? tr("Syncing: %1 new events so far").arg(QLocale().toString(m_stored))
                         : tr("Syncing\u2026"));
        if (m_backfill && m_newestMs > 0)
            parts.last() += tr(", up to %1").arg(dayText(m_newestMs, now));
    } else if (!m_outcome.isEmpty()) {
        parts.append(m_outcome);
    }
    if (m_archive && m_archive->isOpen()) {
        if (!running)
            parts.append(lastSyncedText(m_archive->lastSyncedMs(), now));
        if (m_spanRead)
            parts.append(
                spanText(m_span.events, m_span.oldestMs, m_span.newestMs, m_span.bytesOnDisk, now));
    } else if (m_archive) {
        parts.append(tr("The archive could not be opened: %1").arg(m_archive->lastError()));
    }
    m_text->setText(parts.join(QStringLiteral(" \u00b7 ")));
    applyColor();

    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    if (running && m_backfill && m_newestMs > m_backfillFromMs) {
        // How far from 180 days ago to now the backfill has come.
        const qint64 span = now.toMSecsSinceEpoch() - m_backfillFromMs;
        m_progress->setRange(0, 1000);
        m_progress->setValue(
            int(qBound<qint64>(0LL, (m_newestMs - m_backfillFromMs) * 1000 / span, 1000LL)));
    } else if (running) {
        m_progress->setRange(0, 0); // busy
    }
}

void AuditSyncStatus::applyColor()
{
    const bool failed = m_error.isError() && !m_sync->isRunning();
    m_text->setStyleSheet(failed ? QStringLiteral("color: %1;").arg(StatusColors::danger().name())
                                 : QString());
}

QString AuditSyncStatus::text() const
{
    return m_text->text();
}
