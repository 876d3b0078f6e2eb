#pragma once

#include "JobItem.h"
#include "JobManager.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QTimer>

#include <memory>

class BulkJob;

// The jobs of this run as a tree: one row per job (newest first), and under it one row per
// item (a person, a token...) with its state and, when it failed or was skipped, why.
// Generic over every bulk operation. Item changes are batched into one dataChanged per job
// every `batchInterval` ms, so a thousand answers a second cost a few repaints.
class JobsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Progress, Detail, Started, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // Job rows: Status -> BulkJob::Status (int), Progress -> finished share 0..100,
        // Started -> QDateTime. Item rows: Status -> JobItem::State (int).
        RawValueRole = Qt::UserRole + 1,
        IsJobRole,  // bool: a job row (else an item row)
        ItemIdRole, // item rows: the item's id (account id...)
    };

    static constexpr int batchInterval = 100;

    explicit JobsModel(QObject *parent = nullptr);
    ~JobsModel() override;

    // Follows this manager's jobs (those it has now and those it starts later).
    void setJobManager(JobManager *manager);
    JobManager *jobManager() const { return m_manager; }

    // The job of a job row or of an item row; nullptr for an invalid index.
    BulkJob *jobAt(const QModelIndex &index) const;
    QModelIndex indexOf(const BulkJob *job, int column = 0) const;
    // An item row's index into its job's items; -1 for a job row.
    static int itemRow(const QModelIndex &index);

    // "Pending", "Done", "Failed"... and the job's status, in words.
    static QString stateText(JobItem::State state);
    static QString statusText(const BulkJob *job);
    // "18 done, 1 failed, 1 skipped"
    static QString summaryText(const BulkJob *job);
    // The job's items as CSV (RFC 4180): id, name, result, reason.
    static QByteArray resultsCsv(const BulkJob *job);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QPointer<BulkJob> job;
        int dirtyFirst = -1;
        int dirtyLast = -1;
    };

    void addJob(BulkJob *job);
    void onItemChanged(Entry *entry, int item);
    void onStatusChanged(Entry *entry);
    void flush();
    int rowOf(const Entry *entry) const;
    QVariant jobData(const BulkJob *job, int column, int role) const;
    QVariant itemData(const BulkJob *job, int item, int column, int role) const;

    QPointer<JobManager> m_manager;
    QList<Entry *> m_entries; // newest first; owned
    QTimer m_batch;
};
