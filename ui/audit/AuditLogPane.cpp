#include "AuditLogPane.h"

#include "AreaLink.h"
#include "AuditArchive.h"
#include "AuditEventDetail.h"
#include "AuditEventsModel.h"
#include "AuditFilterBar.h"
#include "AuditSync.h"
#include "AuditSyncStatus.h"
#include "AuditText.h"
#include "Connection.h"
#include "Icons.h"
#include "MessagePanel.h"
#include "OrgDatabase.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

namespace {

// While the area is open, the archive is brought up to date this often (the server takes a few
// minutes to show new events anyway; CATALOG §9.1).
constexpr int syncMinutes = 3;

ListAreaPane::Texts auditTexts()
{
    return {AuditLogPane::tr("Search the archive: words, prefix*, “a phrase”"),
            AuditLogPane::tr("Reading the archive\u2026"),
            QString(), // noneText() says it, with the sync's state
            AuditLogPane::tr("No archived events match these filters."),
            AuditLogPane::tr("Could not read the audit log archive."),
            QStringLiteral("audit-log.csv")};
}

} // namespace

AuditLogPane::AuditLogPane(Connection *connection, QWidget *parent, const QString &databaseFolder)
    : ListAreaPane(QStringLiteral("audit"), auditTexts(), parent), m_orgId(connection->orgId()),
      m_folder(databaseFolder),
      m_database(std::make_unique<OrgDatabase>(connection->orgId(), databaseFolder)),
      m_archive(std::make_unique<AuditArchive>(m_database->database())),
      m_model(new AuditEventsModel(m_archive.get(), this)), m_detail(new AuditEventDetail(this)),
      m_sync(new AuditSync(connection->client(), connection->orgId(), databaseFolder, this)),
      m_export(new AuditExportJob(this))
{
    m_model->setCountSource(m_orgId, m_folder);
    build(m_model, nullptr, m_detail);
    setMultiSelection(false);
    setSearchDelay(150); // the archive answers in milliseconds
    addToolbar();
    setUpView();
    connect(m_detail, &AuditEventDetail::openRequested, this, &AreaPane::openRequested);
    connect(m_model, &PagedTableModel::loadedCountChanged, this, &AuditLogPane::selectPending);
    connect(m_model, &AuditEventsModel::readFailed, this, [this](const QString &message) {
        errorBar()->showMessage(tr("Could not read the archive: %1").arg(message));
        errorBar()->show();
    });

    m_syncReload.setSingleShot(true);
    m_syncReload.setInterval(1500);
    connect(&m_syncReload, &QTimer::timeout, this, &AuditLogPane::reloadKeepingPick);
    connect(m_sync, &AuditSync::started, this, [this] {
        m_syncNow->setEnabled(false);
        updateMessage(); // an empty archive says it is being synced
    });
    connect(m_sync, &AuditSync::progress, this, &AuditLogPane::onSyncProgress);
    connect(m_sync, &AuditSync::finished, this,
            [this](qint64 stored, const ApiError &, bool) { onSyncFinished(stored); });
    connect(m_export, &AuditExportJob::finished, this,
            [this](const AuditExportJob::Outcome &outcome) {
                exportButton()->setEnabled(true);
                m_ndjson->setEnabled(true);
                m_exportResult->setVisible(true);
                if (outcome.ok)
                    m_exportResult->setText(tr("Exported %1 events to %2.")
                                                .arg(QLocale().toString(outcome.written),
                                                     QDir::toNativeSeparators(m_exportPath)));
                else if (outcome.cancelled)
                    m_exportResult->setText(tr("Export cancelled; no file was written."));
                else
                    m_exportResult->setText(outcome.error);
            });

    readActionNames();
    applyFilters();
    m_status->update();
    m_sync->setInterval(syncMinutes);
    // The first rows came from the disk; the network's come as they come.
    m_sync->start();
}

AuditLogPane::~AuditLogPane()
{
    // The model reads through the archive, which reads through the database: in that order.
    delete m_model;
    m_archive.reset();
    m_database.reset();
}

void AuditLogPane::addToolbar()
{
    exportButton()->setToolTip(
        tr("Save every event that passes the filters (not only the rows loaded) as a CSV file"));
    m_ndjson = addActionButton(QStringLiteral("exportNdjson"), tr("Export NDJSON\u2026"));
    m_ndjson->setIcon(Icons::action(Icons::Action::Export));
    m_ndjson->setToolTip(tr("Save every event that passes the filters as the API sent it, one "
                            "JSON object a line: what a SIEM ingests"));
    connect(m_ndjson, &QPushButton::clicked, this,
            [this] { askExport(AuditExport::Format::Ndjson); });
    m_syncNow = addActionButton(QStringLiteral("syncNow"), tr("Sync now"));
    m_syncNow->setIcon(Icons::action(Icons::Action::Refresh));
    m_syncNow->setToolTip(tr("Fetch the events the server has processed since the last sync"));
    connect(m_syncNow, &QPushButton::clicked, m_sync, &AuditSync::start);

    m_filterBar = new AuditFilterBar(this);
    addRowBelowToolbar(m_filterBar);
    connect(m_filterBar, &AuditFilterBar::filterChanged, this, &AuditLogPane::onFilterChanged);
    connect(m_filterBar, &FilterChipBar::menuAboutToShow, this, [this] {
        m_filterBar->setActionNames(m_model->actionNames());
        m_filterBar->learnChoices(m_model);
    });
    m_status = new AuditSyncStatus(m_sync, m_archive.get(), m_orgId, m_folder, this);
    addRowBelowToolbar(m_status);
    connect(m_status, &AuditSyncStatus::archiveRead, this, &AuditLogPane::updateCount);
    m_exportResult = new QLabel(this);
    m_exportResult->setObjectName(QStringLiteral("auditExportResult"));
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportResult->setContentsMargins(2, 0, 0, 0);
    m_exportResult->hide();
    addRowBelowToolbar(m_exportResult);
}

void AuditLogPane::setUpView()
{
    // Newest first is the archive's order; a click on a header could only sort the rows loaded.
    view()->setSortingEnabled(false);
    const qint64 longDay = QDateTime(QDate(2026, 9, 30), QTime(23, 59)).toMSecsSinceEpoch();
    sizeColumns({AuditText::time(longDay) + QStringLiteral("  "),
                 QStringLiteral("Suspended user access"), QStringLiteral("Agnieszka Kravchenko"),
                 QStringLiteral("Agnieszka Kravchenko"), QStringLiteral("acme-robotics (Jira)"),
                 QStringLiteral("203.0.113.254"), QStringLiteral("Tallinn, Estonia")});
    view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view(), &QWidget::customContextMenuRequested, this, &AuditLogPane::showContextMenu);
}

void AuditLogPane::readActionNames()
{
    const AuditActionNames names(m_archive->isOpen() ? m_archive->actions() : QList<EventAction>());
    m_model->setActionNames(names);
    m_detail->setActionNames(names);
    m_filterBar->setActionNames(names);
}

void AuditLogPane::refresh()
{
    readActionNames();
    m_status->update();
    reloadKeepingPick();
    m_sync->start();
}

void AuditLogPane::open(const AreaLink &link)
{
    m_selectWhenLoaded = link.itemId;
    setFilter(link.auditFilter);
}

void AuditLogPane::setFilter(const AuditLogFilter &filter)
{
    m_filter = filter;
    m_filterBar->setFilter(filter);
    const QSignalBlocker quiet(searchField());
    searchField()->setText(filter.text);
    applyFilters();
}

void AuditLogPane::onFilterChanged(const AuditLogFilter &filter)
{
    m_filter = filter;
    m_filter.text = searchField()->text();
    applyFilters();
}

void AuditLogPane::applyFilters()
{
    m_filter.text = searchField()->text();
    m_filterBar->setFilter(m_filter);
    m_model->setFilter(m_filter.toAuditFilter(QDateTime::currentDateTimeUtc()));
    m_model->reload();
    afterQueryChanged();
}

void AuditLogPane::reloadKeepingPick()
{
    if (m_selectWhenLoaded.isEmpty())
        m_selectWhenLoaded = m_detail->eventId();
    const int scrolled = view()->verticalScrollBar()->value();
    // A preset ("last 7 days") moves with the clock.
    m_model->setFilter(m_filter.toAuditFilter(QDateTime::currentDateTimeUtc()));
    m_model->reload();
    afterQueryChanged();
    view()->verticalScrollBar()->setValue(scrolled);
}

void AuditLogPane::selectPending()
{
    if (m_selectWhenLoaded.isEmpty())
        return;
    const int row = m_model->rowOf(m_selectWhenLoaded);
    if (row < 0) {
        // Not among the first pages: the pick is dropped rather than every page read for it.
        if (m_model->loadedCount() >= 5 * AuditEventsModel::pageSize || !m_model->hasMore())
            m_selectWhenLoaded.clear();
        return;
    }
    m_selectWhenLoaded.clear();
    selectSourceRow(row);
    view()->scrollTo(view()->currentIndex());
}

void AuditLogPane::showDetails(int sourceRow)
{
    if (sourceRow < 0) {
        m_detail->clear();
        return;
    }
    m_detail->showEvent(m_model->eventAt(sourceRow));
}

void AuditLogPane::onSyncProgress()
{
    if (!m_syncReload.isActive())
        m_syncReload.start();
}

void AuditLogPane::onSyncFinished(qint64 stored)
{
    m_syncNow->setEnabled(true);
    m_syncReload.stop();
    readActionNames();
    if (stored > 0 || m_model->loadedCount() == 0)
        reloadKeepingPick();
    else
        updateMessage(); // the sync's outcome may change the empty archive's words
}

QString AuditLogPane::amount(int count) const
{
    return tr("%1 events").arg(QLocale().toString(count));
}

QString AuditLogPane::countText() const
{
    const int total = m_model->totalCount();
    if (total < 0)
        return tr("Counting\u2026");
    if (!hasFilters())
        return amount(total);
    return tr("%1 of %2 match")
        .arg(QLocale().toString(total), amount(int(m_status->archivedEvents())));
}

bool AuditLogPane::hasFilters() const
{
    return !searchField()->text().trimmed().isEmpty() || m_filter.hasChips();
}

void AuditLogPane::clearFilters()
{
    m_filter = AuditLogFilter();
    m_filterBar->setFilter(m_filter);
    const QSignalBlocker quiet(searchField());
    searchField()->clear();
    applyFilters();
}

QString AuditLogPane::noneText() const
{
    if (m_sync->isRunning())
        return tr("No events archived yet. The audit log is being synced: events appear here as "
                  "they come.");
    if (const ApiError error = m_status->lastError(); error.isError())
        return tr("No events archived yet, and the audit log could not be synced.\n%1")
            .arg(error.userMessage());
    return tr("No events archived yet. Sync now fetches the organization's audit log.");
}

QString AuditLogPane::noneMatchText() const
{
    return tr("No archived events match these filters.");
}

void AuditLogPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = view()->indexAt(position);
    if (!index.isValid())
        return;
    const AuditEvent event = m_model->eventAt(toSource(index).row());
    auto *menu = new QMenu(view());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto narrow = [this, menu](const QString &text, auto apply) {
        connect(menu->addAction(text), &QAction::triggered, this, [this, apply] {
            AuditLogFilter changed = m_filter;
            apply(changed);
            m_filterBar->change(changed);
        });
    };
    const QString actor = AuditText::actor(event);
    if (!event.actorId.isEmpty()) {
        narrow(tr("Only events by %1").arg(actor), [event, actor](AuditLogFilter &f) {
            AuditLogFilter::addNamed(f.actors, f.actorNames, event.actorId, actor);
        });
        narrow(tr("Only events involving %1").arg(actor), [event, actor](AuditLogFilter &f) {
            f.involving = event.actorId;
            f.involvingName = actor;
        });
    }
    for (const AuditEvent::Item &item : event.context) {
        const QString name = AuditText::itemName(item);
        narrow(tr("Only events on %1").arg(name), [item, name](AuditLogFilter &f) {
            AuditLogFilter::addNamed(f.targets, f.targetNames, item.id, name);
        });
    }
    narrow(tr("Only this action (%1)").arg(m_model->actionNames().name(event.action)),
           [this, event](AuditLogFilter &f) {
               AuditLogFilter::addNamed(f.actions, f.actionNames, event.action,
                                        m_model->actionNames().name(event.action));
           });
    if (!event.ip.isEmpty()) {
        narrow(tr("Only from %1").arg(event.ip), [event](AuditLogFilter &f) {
            if (!f.ips.contains(event.ip))
                f.ips.append(event.ip);
        });
    }
    menu->popup(view()->viewport()->mapToGlobal(position));
}

AuditExportJob::Request AuditLogPane::exportRequest(const QString &path,
                                                    AuditExport::Format format) const
{
    AuditExportJob::Request request;
    request.orgId = m_orgId;
    request.databaseFolder = m_folder;
    request.filter = m_model->filter();
    request.format = format;
    request.path = path;
    return request;
}

bool AuditLogPane::exportTo(const QString &path, AuditExport::Format format, QString *error)
{
    const std::atomic_bool cancelled{false};
    const AuditExportJob::Outcome outcome =
        AuditExportJob::run(exportRequest(path, format), cancelled);
    if (error)
        *error = outcome.error;
    return outcome.ok;
}

void AuditLogPane::exportAsked()
{
    askExport(AuditExport::Format::Csv);
}

void AuditLogPane::askExport(AuditExport::Format format)
{
    const bool csv = format == AuditExport::Format::Csv;
    auto *dialog =
        new QFileDialog(this, csv ? tr("Export as CSV") : tr("Export as NDJSON"),
                        QDir::home().filePath(csv ? QStringLiteral("audit-log.csv")
                                                  : QStringLiteral("audit-log.ndjson")),
                        csv ? tr("CSV files (*.csv)") : tr("NDJSON files (*.ndjson *.jsonl)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("ndjson"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { startExport(path, format); });
    dialog->open();
}

void AuditLogPane::startExport(const QString &path, AuditExport::Format format)
{
    if (m_export->isRunning())
        return;
    exportButton()->setEnabled(false);
    m_ndjson->setEnabled(false);
    const int total = qMax(0, m_model->totalCount());
    m_exportResult->setText(tr("Exporting %1 events to %2\u2026")
                                .arg(QLocale().toString(total), QDir::toNativeSeparators(path)));
    m_exportResult->show();
    m_exportPath = path;
    m_export->start(exportRequest(path, format));
}
