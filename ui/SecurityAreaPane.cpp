#include "SecurityAreaPane.h"

#include "FieldListPane.h"
#include "HeaderMenu.h"
#include "MessagePanel.h"
#include "PagedTableModel.h"
#include "TableOrMessage.h"
#include "ViewExport.h"

#include <QAction>
#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

SecurityAreaPane::SecurityAreaPane(const Texts &texts, QWidget *parent)
    : AreaPane(parent), m_proxy(new AccessSortProxy(this)), m_texts(texts)
{}

void SecurityAreaPane::build(PagedTableModel *model, const QList<RiskFilterBox::Preset> &presets)
{
    m_model = model;
    m_model->setParent(this);
    m_proxy->setPagedModel(m_model);
    // The toolbar spans the area; below it, the table and the detail pane share a splitter.
    QWidget *toolbar = createToolbar();
    m_filter->setPresets(presets);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    m_errorBar = new MessagePanel(MessagePanel::Style::Bar, left);
    m_errorBar->setObjectName(QStringLiteral("securityErrorBar"));
    m_errorBar->hide();
    leftLayout->addWidget(m_errorBar);
    m_tableArea = new TableOrMessage(QStringLiteral("security"), left);
    m_view = m_tableArea->view();
    m_message = m_tableArea->message();
    leftLayout->addWidget(m_tableArea, 1);

    m_detail = new FieldListPane(splitter);
    m_detail->setObjectName(QStringLiteral("securityDetail"));
    m_detail->clear(m_texts.pickOne);
    m_detail->setMinimumWidth(200);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1300, 200});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    setUpView();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &SecurityAreaPane::applyFilters);
    connect(m_filter, &RiskFilterBox::changed, this, &SecurityAreaPane::applyFilters);
    connect(m_message, &MessagePanel::buttonClicked, m_model, &PagedTableModel::retry);
    connect(m_errorBar, &MessagePanel::buttonClicked, m_model, &PagedTableModel::retry);
    connect(m_model, &PagedTableModel::loadedCountChanged, this, &SecurityAreaPane::updateCount);
    connect(m_model, &PagedTableModel::totalCountChanged, this, &SecurityAreaPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SecurityAreaPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SecurityAreaPane::updateCount);
    connect(m_model, &PagedTableModel::loadingChanged, this, [this] {
        updateCount();
        updateMessage();
    });
    connect(m_model, &PagedTableModel::errorOccurred, this, [this] {
        updateCount();
        updateMessage();
        if (m_model->loadedCount() == 0)
            Q_EMIT ready();
    });
    connect(m_model, &PagedTableModel::firstPageLoaded, this, [this] {
        updateMessage();
        Q_EMIT ready();
    });
}

QWidget *SecurityAreaPane::createToolbar()
{
    auto *bar = new QWidget(this);
    m_toolbar = new QHBoxLayout(bar);
    m_toolbar->setContentsMargins(0, 0, 4, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("securitySearch"));
    m_search->setPlaceholderText(m_texts.searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(170);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &SecurityAreaPane::applyFilters);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_filter = new RiskFilterBox(bar);

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("securityCount"));
    m_loadAll = new QPushButton(tr("Load all"), bar);
    m_loadAll->setObjectName(QStringLiteral("loadAll"));
    m_loadAll->setToolTip(tr("Load every page now instead of as the table scrolls"));
    connect(m_loadAll, &QPushButton::clicked, m_model, &PagedTableModel::fetchAll);
    m_export = new QPushButton(tr("Export CSV\u2026"), bar);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setToolTip(tr("Save the rows shown, with the columns shown, as a CSV file"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        ViewExport::askAndExport(m_view, m_texts.exportName, this, PagedTableModel::ExportRole);
    });
    m_revoke = new QPushButton(tr("Revoke\u2026"), bar);
    m_revoke->setObjectName(QStringLiteral("revoke"));
    m_revoke->setEnabled(false);
    connect(m_revoke, &QPushButton::clicked, this, &SecurityAreaPane::revokeSelected);

    m_toolbar->addWidget(m_search, 2);
    m_toolbar->addWidget(m_filter);
    m_toolbar->addStretch(1);
    m_toolbar->addWidget(m_count);
    m_toolbar->addWidget(m_loadAll);
    m_toolbar->addWidget(m_export);
    m_toolbar->addWidget(m_revoke);
    return bar;
}

void SecurityAreaPane::setUpView()
{
    m_view->setModel(m_proxy);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    installColumnMenu(header);
    // No sort indicator until someone asks: the server's own order comes first. (Set before
    // sorting is enabled, which sorts by the indicator at once.)
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecurityAreaPane::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SecurityAreaPane::onSelectionChanged);
}

void SecurityAreaPane::setScope(const QString &)
{
    // API keys and tokens belong to the organization, not to a directory.
}

void SecurityAreaPane::refresh()
{
    m_model->reload();
    afterQueryChanged();
}

void SecurityAreaPane::setLocalFilter(AccessSortProxy::RowFilter filter)
{
    m_proxy->setRowFilter(std::move(filter));
}

void SecurityAreaPane::afterQueryChanged()
{
    if (m_proxy->hasRowFilter())
        m_model->fetchAll();
    updateCount();
    updateMessage();
}

QList<int> SecurityAreaPane::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool SecurityAreaPane::exportCsv(const QString &path, QString *error) const
{
    QString problem;
    const bool written = ViewExport::toCsvFile(m_view, path, &problem, PagedTableModel::ExportRole);
    if (error)
        *error = problem;
    return written;
}

void SecurityAreaPane::updateCount()
{
    const QLocale locale;
    const int loaded = m_model->loadedCount();
    const int total = m_model->totalCount();
    const int shown = m_proxy->rowCount();
    const QString all = total >= 0 ? amount(total) : amount(loaded);
    if (m_proxy->hasRowFilter()) {
        if (m_model->hasMore())
            m_count->setText(tr("%1 match so far (%2 of %3 checked)")
                                 .arg(locale.toString(shown), locale.toString(loaded), all));
        else
            m_count->setText(tr("%1 of %2 match").arg(locale.toString(shown), all));
    } else if (total >= 0 && loaded < total) {
        m_count->setText(tr("%1 of %2").arg(locale.toString(loaded), all));
    } else {
        m_count->setText(all);
    }
    m_loadAll->setEnabled(m_model->hasMore() && !m_model->lastError().isError());
}

void SecurityAreaPane::updateMessage()
{
    const ApiError error = m_model->lastError();
    const bool empty = m_proxy->rowCount() == 0;
    m_errorBar->setVisible(error.isError() && !empty);
    if (error.isError() && !empty)
        m_errorBar->showMessage(tr("Could not load more. %1").arg(error.userMessage()), tr("Retry"),
                                true);
    if (!empty) {
        m_tableArea->setCurrentWidget(m_view);
        return;
    }
    if (error.isError())
        m_message->showMessage(m_texts.loadFailed + u'\n' + error.userMessage(), tr("Retry"), true);
    else if (m_model->isLoading() || m_model->hasMore())
        m_message->showMessage(m_texts.loading);
    else if (hasFilters())
        m_message->showMessage(m_texts.noneMatch);
    else
        m_message->showMessage(m_texts.none);
    m_tableArea->setCurrentWidget(m_message);
}

bool SecurityAreaPane::hasFilters() const
{
    return !m_filter->isDefault() || !m_search->text().trimmed().isEmpty();
}

void SecurityAreaPane::updateActions()
{
    m_revoke->setEnabled(canRevoke(selectedSourceRows()));
}

void SecurityAreaPane::onSelectionChanged()
{
    updateActions();
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detail->clear(m_texts.pickOne);
        return;
    }
    const QModelIndex shown =
        current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), QModelIndex())
            ? current
            : rows.first();
    showDetails(m_proxy->mapToSource(shown).row());
}
