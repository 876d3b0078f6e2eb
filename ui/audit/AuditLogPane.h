#pragma once

#include "AuditExportJob.h"
#include "AuditLogFilter.h"
#include "ListAreaPane.h"

#include <memory>

class AuditArchive;
class AuditEventDetail;
class AuditEventsModel;
class AuditFilterBar;
class AuditSync;
class AuditSyncStatus;
class Connection;
class OrgDatabase;
class QLabel;

// The Audit log area: the organization's audit log as archived on this computer, newest first,
// read a page at a time from the archive as the table scrolls; filter chips, one search box over
// the full-text index, the count as the filters change, the picked event in words with its raw
// JSON, and export of the whole result as CSV or NDJSON. The archive is brought up to date in
// the background (now, every few minutes while the area lives, and on Sync now); without the
// network or with a refused key it stays on screen and searchable, and the status line says why
// it could not sync.
class AuditLogPane : public ListAreaPane
{
    Q_OBJECT

public:
    // `databaseFolder` empty: OrgDatabase's default (tests and benchmarks give their own).
    AuditLogPane(Connection *connection, QWidget *parent = nullptr,
                 const QString &databaseFolder = QString());
    ~AuditLogPane() override;

    // F5: reads the archive again and syncs.
    void refresh() override;
    // A link from another area: its filters (and the event to pick once listed).
    void open(const AreaLink &link) override;

    AuditLogFilter filter() const { return m_filter; }
    void setFilter(const AuditLogFilter &filter);

    AuditEventsModel *model() const { return m_model; }
    AuditEventDetail *detailPane() const { return m_detail; }
    AuditFilterBar *filterBar() const { return m_filterBar; }
    AuditSyncStatus *syncStatus() const { return m_status; }
    AuditSync *sync() const { return m_sync; }
    const AuditArchive *archive() const { return m_archive.get(); }
    QPushButton *syncButton() const { return m_syncNow; }
    QPushButton *ndjsonButton() const { return m_ndjson; }
    QLabel *exportResult() const { return m_exportResult; }

    // Writes the whole filtered result (every page, not only the rows loaded) to `path`, on the
    // calling thread; the buttons do the same on a worker thread.
    bool exportTo(const QString &path, AuditExport::Format format, QString *error = nullptr);
    // What the export buttons do once a file is chosen: the same on a worker thread, then a line
    // saying how it went.
    void startExport(const QString &path, AuditExport::Format format);

protected:
    void applyFilters() override;
    void showDetails(int sourceRow) override;
    QString amount(int count) const override;
    QString countText() const override;
    bool hasFilters() const override;
    void clearFilters() override;
    QString noneText() const override;
    QString noneMatchText() const override;
    void exportAsked() override;

private:
    void addToolbar();
    void setUpView();
    void showContextMenu(const QPoint &position);
    void onFilterChanged(const AuditLogFilter &filter);
    void onSyncProgress();
    void onSyncFinished(qint64 stored);
    void reloadKeepingPick();
    void selectPending();
    void readActionNames();
    void askExport(AuditExport::Format format);
    AuditExportJob::Request exportRequest(const QString &path, AuditExport::Format format) const;

    QString m_orgId;
    QString m_folder;
    std::unique_ptr<OrgDatabase> m_database;
    std::unique_ptr<AuditArchive> m_archive;
    AuditEventsModel *m_model;
    AuditEventDetail *m_detail;
    AuditFilterBar *m_filterBar = nullptr;
    AuditSyncStatus *m_status = nullptr;
    AuditSync *m_sync;
    AuditExportJob *m_export;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_ndjson = nullptr;
    QLabel *m_exportResult = nullptr;
    QString m_exportPath;
    AuditLogFilter m_filter;
    QString m_selectWhenLoaded; // an event to pick once its row is loaded
    QTimer m_syncReload;        // pages stored during a sync show at most this often
};
