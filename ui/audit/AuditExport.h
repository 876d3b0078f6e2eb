#pragma once

#include "AuditFilter.h"
#include "AuditText.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

// Writes the archived events that pass a filter to a file: CSV (the table's columns, as shown,
// the time in ISO 8601 UTC) or NDJSON (each event's JSON exactly as the API sent it, one a line:
// what a SIEM ingests). The whole result, not only the rows loaded, read page by page on a
// worker thread with its own connection to the archive: a million events never sit in memory
// and the window never waits. The file appears only when complete (QSaveFile).
class AuditExport : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, Ndjson };

    struct Request
    {
        QString orgId;
        QString databaseFolder; // empty: OrgDatabase's default
        AuditFilter filter;
        Format format = Format::Csv;
        QString path;
        QList<int> columns; // CSV: AuditEventsModel columns, in order
        AuditActionNames actionNames;
    };

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        qint64 written = 0;
        QString error; // in words
    };

    explicit AuditExport(QObject *parent = nullptr);
    ~AuditExport() override;

    void start(const Request &request);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    qint64 written() const { return m_written ? m_written->load() : 0; }

    // The work itself, on the calling thread (which must not share the archive's connection).
    static Outcome write(const Request &request, const std::atomic_bool &cancelled,
                         std::atomic<qint64> &written);

Q_SIGNALS:
    void finished(const AuditExport::Outcome &outcome);

private:
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<std::atomic<qint64>> m_written;
};
