#include "JobResultDialog.h"

#include "BulkJob.h"
#include "JobsModel.h"
#include "StatusColors.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { Item, Result, Reason, ColumnCount };

} // namespace

JobResultDialog::JobResultDialog(BulkJob *job, QWidget *parent)
    : QDialog(parent), m_job(job), m_summary(new QLabel(this)),
      m_table(new QTableWidget(int(job->items().size()), ColumnCount, this)),
      m_retry(new QPushButton(tr("Retry failed"), this))
{
    setObjectName(QStringLiteral("jobResultDialog"));
    setWindowTitle(job->spec().title.isEmpty() ? tr("Job result") : job->spec().title);
    m_summary->setObjectName(QStringLiteral("jobSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("jobResultTable"));
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Result"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Item, 320);
    m_table->setColumnWidth(Result, 90);
    m_retry->setObjectName(QStringLiteral("retryFailed"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->retryFailed();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);

    fill();
    connect(job, &BulkJob::itemChanged, this, [this](int index) {
        updateItem(index);
        updateSummary();
    });
    connect(job, &BulkJob::statusChanged, this, &JobResultDialog::updateSummary);
}

void JobResultDialog::fill()
{
    for (int i = 0; i < m_job->items().size(); ++i)
        updateItem(i);
    updateSummary();
}

void JobResultDialog::updateItem(int index)
{
    if (!m_job || index < 0 || index >= m_table->rowCount())
        return;
    const JobItem &item = m_job->items().at(index);
    auto set = [this, index](int column, const QString &text) {
        QTableWidgetItem *cell = m_table->item(index, column);
        if (!cell) {
            cell = new QTableWidgetItem;
            m_table->setItem(index, column, cell);
        }
        cell->setText(text);
        cell->setToolTip(text);
    };
    set(Item, item.label.isEmpty() ? item.id : item.label);
    set(Result, JobsModel::stateText(item.state));
    set(Reason, item.reason);
    if (item.state == JobItem::State::Failed)
        m_table->item(index, Result)->setForeground(StatusColors::danger());
    else
        m_table->item(index, Result)->setData(Qt::ForegroundRole, QVariant());
}

void JobResultDialog::updateSummary()
{
    if (!m_job)
        return;
    m_summary->setText(summary());
    const bool running = m_job->status() == BulkJob::Status::Running;
    m_retry->setEnabled(!running && m_job->count(JobItem::State::Failed) > 0);
}

QString JobResultDialog::summary() const
{
    if (!m_job)
        return QString();
    const bool running = m_job->status() == BulkJob::Status::Running;
    const QString counts = JobsModel::summaryText(m_job);
    return running ? tr("Working\u2026 %1").arg(counts) : counts;
}
