#pragma once

#include "AuditExport.h"
#include "AuditFilter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

// The Audit log area's export: every archived event that passes the filter (not only the rows
// loaded) written by AuditExport, as CSV or NDJSON, on a worker thread with its own connection
// to the archive, page by page: a million events never sit in memory and the window never
// waits. The file appears only when complete (QSaveFile).
class AuditExportJob : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString orgId;
        QString databaseFolder; // empty: OrgDatabase's default
        AuditFilter filter;
        AuditExport::Format format = AuditExport::Format::Csv;
        QString path;
    };

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        qint64 written = 0;
        QString error; // in words
    };

    explicit AuditExportJob(QObject *parent = nullptr);
    ~AuditExportJob() override;

    void start(const Request &request);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    // The work itself, on the calling thread (which must not share the archive's connection).
    static Outcome run(const Request &request, const std::atomic_bool &cancelled);

Q_SIGNALS:
    void finished(const AuditExportJob::Outcome &outcome);

private:
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};
