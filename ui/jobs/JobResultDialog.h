#pragma once

#include "BulkJob.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

// One bulk job's result, item by item (done, failed with the reason, skipped), live while it
// runs: for windows without a jobs view. Retry sends the failed items again.
class JobResultDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JobResultDialog(BulkJob *job, QWidget *parent = nullptr);

    BulkJob *job() const { return m_job; }
    QString summary() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *retryButton() const { return m_retry; }

private:
    void fill();
    void updateItem(int index);
    void updateSummary();

    QPointer<BulkJob> m_job;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_retry;
};
