#include "JobsDock.h"

#include "ApiClient.h"
#include "BulkJob.h"
#include "BulkOperation.h"
#include "ConfirmDialog.h"
#include "Icons.h"
#include "JobManager.h"
#include "JobsModel.h"
#include "ProgressDelegate.h"

#include <QBoxLayout>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace {

// The state column's icon: a job's state as a whole on job rows, the item's on item rows.
class StateIconDelegate : public QStyledItemDelegate
{
public:
    StateIconDelegate(JobsModel *model, QObject *parent)
        : QStyledItemDelegate(parent), m_model(model)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int raw = index.data(JobsModel::RawValueRole).toInt();
        if (index.data(JobsModel::IsJobRole).toBool()) {
            const BulkJob *job = m_model->jobAt(index);
            option->icon = Icons::jobState(BulkJob::Status(raw),
                                           job && job->count(JobItem::State::Failed) > 0);
        } else {
            option->icon = Icons::jobState(JobItem::State(raw));
        }
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }

private:
    JobsModel *m_model;
};

} // namespace

JobsDock::JobsDock(QWidget *parent) : QDockWidget(tr("Jobs"), parent), m_model(new JobsModel(this))
{
    setObjectName(QStringLiteral("jobsDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(createResumeBar());

    m_view = new QTreeView(content);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegateForColumn(JobsModel::Progress,
                                     new ProgressDelegate(JobsModel::RawValueRole, m_view));
    m_view->setItemDelegateForColumn(JobsModel::Status, new StateIconDelegate(m_model, m_view));
    const QFontMetrics metrics = m_view->fontMetrics();
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->resizeSection(JobsModel::Name, metrics.horizontalAdvance(QLatin1Char('x')) * 44);
    header->resizeSection(JobsModel::Status,
                          metrics.horizontalAdvance(tr("Finished with failures")) + 44);
    header->resizeSection(JobsModel::Progress, metrics.horizontalAdvance(QLatin1Char('x')) * 18);
    header->setSectionResizeMode(JobsModel::Detail, QHeaderView::Stretch);
    header->resizeSection(JobsModel::Started, metrics.horizontalAdvance(QLatin1Char('x')) * 16);

    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addWidget(createButtons());
    layout->addLayout(row, 1);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JobsDock::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsDock::updateButtons);
    updateButtons();
    updateResumeBar();
}

QWidget *JobsDock::createResumeBar()
{
    m_resumeBar = new QFrame(this);
    m_resumeBar->setObjectName(QStringLiteral("resumeBar"));
    static_cast<QFrame *>(m_resumeBar)->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(m_resumeBar);
    layout->setContentsMargins(6, 3, 6, 3);
    auto *icon = new QLabel(m_resumeBar);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(16, 16));
    m_resumeText = new QLabel(m_resumeBar);
    m_resumeText->setObjectName(QStringLiteral("resumeText"));
    m_resumeText->setWordWrap(true);
    auto *resume = new QPushButton(tr("Resume"), m_resumeBar);
    resume->setObjectName(QStringLiteral("resumeButton"));
    auto *discard = new QPushButton(tr("Discard"), m_resumeBar);
    discard->setObjectName(QStringLiteral("discardButton"));
    discard->setToolTip(tr("Keep what was done and do not send the rest"));
    connect(resume, &QPushButton::clicked, this, &JobsDock::resumeOffered);
    connect(discard, &QPushButton::clicked, this, &JobsDock::discardOffered);
    layout->addWidget(icon);
    layout->addWidget(m_resumeText, 1);
    layout->addWidget(resume);
    layout->addWidget(discard);
    return m_resumeBar;
}

QWidget *JobsDock::createButtons()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setToolTip(tr("Stop sending; what was not sent yet stays pending"));
    m_retry = new QPushButton(tr("Retry failed"), box);
    m_retry->setObjectName(QStringLiteral("retryJobButton"));
    m_undo = new QPushButton(tr("Undo\u2026"), box);
    m_undo->setObjectName(QStringLiteral("undoJobButton"));
    m_undo->setToolTip(tr("Run the opposite action on everything this job changed"));
    m_export = new QPushButton(tr("Export results\u2026"), box);
    m_export->setObjectName(QStringLiteral("exportJobButton"));
    for (QPushButton *button : {m_cancel, m_retry, m_undo, m_export})
        layout->addWidget(button);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (BulkJob *job = currentJob())
            job->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        BulkJob *job = currentJob();
        if (!job)
            return;
        job->retryFailed();
        updateButtons();
    });
    connect(m_undo, &QPushButton::clicked, this, &JobsDock::undoCurrent);
    connect(m_export, &QPushButton::clicked, this, &JobsDock::exportCurrent);
    return box;
}

void JobsDock::setJobManager(JobManager *manager)
{
    if (m_manager)
        disconnect(m_manager, nullptr, this, nullptr);
    m_manager = manager;
    m_model->setJobManager(manager);
    if (manager) {
        for (BulkJob *job : manager->jobs())
            onJobAdded(job);
        connect(manager, &JobManager::jobAdded, this, &JobsDock::onJobAdded);
    }
    updateButtons();
    updateResumeBar();
}

void JobsDock::setClient(ApiClient *client, const QString &orgId)
{
    m_client = client;
    m_orgId = client ? orgId : QString();
    updateButtons();
    updateResumeBar();
}

void JobsDock::onJobAdded(BulkJob *job)
{
    connect(job, &BulkJob::statusChanged, this, [this, job](BulkJob::Status status) {
        updateButtons();
        if (status == BulkJob::Status::Interrupted)
            updateResumeBar();
        if (status == BulkJob::Status::Finished || status == BulkJob::Status::Cancelled)
            Q_EMIT jobFinished(job);
    });
    // The newest job, open, so each line can be watched as it turns done or failed.
    selectJob(job);
    m_view->expand(m_model->indexOf(job));
    show();
    raise();
}

BulkJob *JobsDock::currentJob() const
{
    return m_model->jobAt(m_view->currentIndex());
}

void JobsDock::selectJob(const BulkJob *job)
{
    const QModelIndex index = m_model->indexOf(job);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

ApiClient *JobsDock::clientFor(const BulkJob *job) const
{
    if (job->client())
        return job->client();
    return job->spec().orgId == m_orgId ? m_client.data() : nullptr;
}

void JobsDock::updateButtons()
{
    const BulkJob *job = currentJob();
    const bool running = job && (job->status() == BulkJob::Status::Running ||
                                 job->status() == BulkJob::Status::Cancelling);
    m_cancel->setEnabled(job && job->status() == BulkJob::Status::Running);
    m_retry->setEnabled(job && job->client() && !running &&
                        job->status() != BulkJob::Status::Interrupted &&
                        job->count(JobItem::State::Failed) > 0);
    m_undo->setEnabled(job && job->canUndo() && clientFor(job));
    m_export->setEnabled(job != nullptr);
}

void JobsDock::updateResumeBar()
{
    const QString text = resumeOfferText();
    m_resumeText->setText(
        text.isEmpty() ? QString() : tr("An earlier job did not finish: %1. Resume it?").arg(text));
    m_resumeBar->setVisible(!text.isEmpty());
}

QString JobsDock::resumeOfferText() const
{
    if (!m_manager || !m_client)
        return QString();
    for (const JobJournal::Entry &entry : m_manager->unfinishedFromEarlierRuns()) {
        if (entry.spec.orgId != m_orgId)
            continue;
        int finished = 0;
        for (const JobItem &item : entry.items)
            finished += item.state != JobItem::State::Pending ? 1 : 0;
        return tr("\u201c%1\u201d (%2 of %3 done)")
            .arg(entry.spec.title)
            .arg(finished)
            .arg(entry.items.size());
    }
    return QString();
}

void JobsDock::resumeOffered()
{
    if (!m_manager || !m_client)
        return;
    for (const JobJournal::Entry &entry : m_manager->unfinishedFromEarlierRuns()) {
        if (entry.spec.orgId != m_orgId)
            continue;
        if (BulkJob *job = m_manager->resume(m_client, entry))
            Q_EMIT jobStarted(job);
        break;
    }
    updateResumeBar();
}

void JobsDock::discardOffered()
{
    if (!m_manager)
        return;
    for (const JobJournal::Entry &entry : m_manager->unfinishedFromEarlierRuns()) {
        if (entry.spec.orgId != m_orgId)
            continue;
        m_manager->discard(entry);
        break;
    }
    updateResumeBar();
}

void JobsDock::undoCurrent()
{
    BulkJob *job = currentJob();
    if (!job || !job->canUndo() || !m_manager)
        return;
    const BulkOperation *inverse = BulkOperationRegistry::find(job->operation()->inverseKey());
    if (!inverse)
        return;
    QStringList names;
    const QList<JobItem> items = job->undoItems();
    for (const JobItem &item : items)
        names.append(item.label.isEmpty() ? item.id : item.label);
    ConfirmRequest request;
    request.action = inverse->title();
    request.question =
        tr("Undo \u201c%1\u201d: %2 for the %n it changed?", nullptr, int(items.size()))
            .arg(job->spec().title, inverse->title());
    request.names = names;
    request.count = int(items.size());
    request.reason = ConfirmRequest::Reason::Optional;
    QPointer<BulkJob> guard(job);
    ConfirmDialog::ask(this, request, this, [this, guard](const ConfirmDialog::Answer &answer) {
        if (!answer.confirmed || !guard || !m_manager)
            return;
        ApiClient *client = clientFor(guard);
        if (!client)
            return;
        if (BulkJob *undo = m_manager->startUndo(client, guard, answer.reason))
            Q_EMIT jobStarted(undo);
    });
}

bool JobsDock::exportResults(const BulkJob *job, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(JobsModel::resultsCsv(job)) < 0 ||
        !file.commit()) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Export results"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    return true;
}

void JobsDock::exportCurrent()
{
    const QPointer<BulkJob> job = currentJob();
    if (!job)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog =
        new QFileDialog(this, tr("Export results"), folder, tr("CSV files (*.csv);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("job-results.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, job](const QString &path) {
        if (job)
            exportResults(job, path);
    });
    dialog->open();
}
