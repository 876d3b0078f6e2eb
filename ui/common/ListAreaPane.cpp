#include "ListAreaPane.h"

#include "HeaderMenu.h"
#include "Icons.h"
#include "MessagePanel.h"
#include "PagedTableModel.h"
#include "TableOrMessage.h"
#include "ViewExport.h"

#include <QAbstractButton>
#include <QAbstractProxyModel>
#include <QAction>
#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace {

bool takesTab(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
}

// What Tab stops at inside `block`, in the order Tab reaches them now: the block itself when it
// takes focus, else its descendants that do (not those inside one that does).
QList<QWidget *> tabStops(QWidget *block)
{
    if (takesTab(block))
        return {block};
    QList<QWidget *> stops;
    for (QWidget *w = block->nextInFocusChain(); w != block; w = w->nextInFocusChain()) {
        if (!block->isAncestorOf(w) || !takesTab(w))
            continue;
        if (!stops.isEmpty() && stops.constLast()->isAncestorOf(w))
            continue;
        stops.append(w);
    }
    return stops;
}

} // namespace

ListAreaPane::ListAreaPane(const QString &name, const Texts &texts, QWidget *parent)
    : AreaPane(parent), m_name(name), m_texts(texts)
{
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(serverSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &ListAreaPane::applyFilters);
}

ListAreaPane::~ListAreaPane() = default;

void ListAreaPane::build(PagedTableModel *model, QAbstractItemModel *shownModel, QWidget *detail)
{
    m_model = model;
    m_model->setParent(this);
    QWidget *toolbar = createToolbar();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    m_errorBar = new MessagePanel(MessagePanel::Style::Bar, left);
    m_errorBar->setObjectName(m_name + QStringLiteral("ErrorBar"));
    m_errorBar->hide();
    leftLayout->addWidget(m_errorBar);
    m_tableArea = new TableOrMessage(m_name, left);
    m_view = m_tableArea->view();
    m_message = m_tableArea->message();
    leftLayout->addWidget(m_tableArea, 1);

    detail->setParent(m_splitter);
    if (detail->objectName().isEmpty())
        detail->setObjectName(m_name + QStringLiteral("Detail"));
    // Wide enough for the detail's own buttons, never a sliver.
    detail->setMinimumWidth(qMax(260, detail->minimumSizeHint().width()));
    m_splitter->addWidget(left);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 360});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);

    m_detail = detail;
    setUpView(shownModel ? shownModel : m_model);
    connectModel();
    addKeys();
}

void ListAreaPane::addKeys()
{
    auto *exportKey = new QAction(tr("Export CSV…"), this);
    exportKey->setObjectName(QStringLiteral("exportKey"));
    exportKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportKey, &QAction::triggered, m_export, [this] {
        if (m_export->isEnabled())
            m_export->click();
    });
    addAction(exportKey);

    auto *detailKey = new QAction(tr("Show the details"), this);
    detailKey->setObjectName(QStringLiteral("detailKey"));
    detailKey->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter),
                             QKeySequence(Qt::ALT | Qt::Key_Return),
                             QKeySequence(Qt::ALT | Qt::Key_Enter)});
    detailKey->setShortcutContext(Qt::WidgetShortcut);
    connect(detailKey, &QAction::triggered, this, &ListAreaPane::focusDetail);
    m_view->addAction(detailKey);
}

QAction *ListAreaPane::removeKey(const QString &text)
{
    if (!m_remove) {
        m_remove = new QAction(this);
        m_remove->setObjectName(QStringLiteral("removeKey"));
        m_remove->setShortcut(QKeySequence::Delete);
        m_remove->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(m_remove);
    }
    m_remove->setText(text);
    disconnect(m_remove, &QAction::triggered, nullptr, nullptr);
    return m_remove;
}

void ListAreaPane::setRemoveAction(QAction *action)
{
    connect(removeKey(action->text()), &QAction::triggered, action, [action] {
        if (action->isEnabled())
            action->trigger();
    });
}

void ListAreaPane::setRemoveButton(QAbstractButton *button, const QString &text)
{
    connect(removeKey(text.isEmpty() ? button->text() : text), &QAction::triggered, button,
            [button] {
                if (button->isEnabled())
                    button->click();
            });
}

void ListAreaPane::focusDetail()
{
    for (QWidget *stop : tabStops(m_detail)) {
        if (stop->isVisible() && stop->isEnabled()) {
            stop->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void ListAreaPane::showEvent(QShowEvent *event)
{
    AreaPane::showEvent(event);
    if (!m_tabOrderArranged && m_view) {
        m_tabOrderArranged = true;
        arrangeTabOrder();
    }
}

// The widgets were made in no particular order (the detail often first): Tab goes the way the
// eye does, the toolbar row left to right, the chips, the table, then the detail pane.
void ListAreaPane::arrangeTabOrder()
{
    QList<QWidget *> blocks;
    for (int i = 0; i < m_toolbar->count(); ++i) {
        if (QWidget *widget = m_toolbar->itemAt(i)->widget())
            blocks.append(widget);
    }
    blocks += m_rowsBelow;
    blocks += {m_errorBar, m_tableArea, m_detail};
    QList<QWidget *> stops;
    for (QWidget *block : std::as_const(blocks))
        stops += tabStops(block);
    for (int i = 1; i < stops.size(); ++i)
        setTabOrder(stops.at(i - 1), stops.at(i));
}

QWidget *ListAreaPane::createToolbar()
{
    auto *bar = new QWidget(this);
    m_toolbar = new QHBoxLayout(bar);
    m_toolbar->setContentsMargins(0, 0, 4, 0);
    if (!m_texts.searchPlaceholder.isEmpty()) {
        m_search = new QLineEdit(bar);
        m_search->setObjectName(m_name + QStringLiteral("Search"));
        m_search->setPlaceholderText(m_texts.searchPlaceholder);
        m_search->setClearButtonEnabled(true);
        m_search->addAction(Icons::action(Icons::Action::Search), QLineEdit::LeadingPosition);
        m_search->setMinimumWidth(220);
        connect(m_search, &QLineEdit::textChanged, this, [this] {
            if (m_searchDelay.interval() > 0)
                m_searchDelay.start();
            else
                applyFilters();
        });
        connect(m_search, &QLineEdit::returnPressed, this, [this] {
            m_searchDelay.stop();
            applyFilters();
        });
        auto *find = new QAction(tr("Search"), this);
        find->setObjectName(QStringLiteral("searchKey"));
        find->setShortcut(QKeySequence::Find);
        connect(find, &QAction::triggered, m_search, [this] {
            m_search->setFocus();
            m_search->selectAll();
        });
        addAction(find);
        m_toolbar->addWidget(m_search, 2);
        ++m_filterSlot;
    }

    m_count = new QLabel(bar);
    m_count->setObjectName(m_name + QStringLiteral("Count"));
    m_loadAll = new QPushButton(tr("Load all"), bar);
    m_loadAll->setObjectName(QStringLiteral("loadAll"));
    m_loadAll->setToolTip(tr("Load every page now instead of as the table scrolls"));
    m_loadAll->hide(); // until the list turns out to be paged
    m_export = new QPushButton(tr("Export CSV\u2026"), bar);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setIcon(Icons::action(Icons::Action::Export));
    m_export->setToolTip(tr("Save the rows shown, with the columns shown, as a CSV file"));
    connect(m_export, &QPushButton::clicked, this, &ListAreaPane::exportAsked);
    m_toolbar->addStretch(1);
    m_toolbar->addWidget(m_count);
    m_toolbar->addWidget(m_loadAll);
    m_toolbar->addWidget(m_export);
    return bar;
}

void ListAreaPane::setUpView(QAbstractItemModel *shownModel)
{
    m_view->setModel(shownModel);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    // Whole rows are picked and the arrows move between them: Tab leaves the table.
    m_view->setTabKeyNavigation(false);
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
            &ListAreaPane::onSelectionChanged);
    connect(shownModel, &QAbstractItemModel::modelReset, this, &ListAreaPane::onSelectionChanged);
    connect(shownModel, &QAbstractItemModel::rowsInserted, this, &ListAreaPane::updateCount);
    connect(shownModel, &QAbstractItemModel::rowsRemoved, this, &ListAreaPane::updateCount);
    connect(shownModel, &QAbstractItemModel::layoutChanged, this, &ListAreaPane::updateCount);
}

void ListAreaPane::connectModel()
{
    connect(m_loadAll, &QPushButton::clicked, m_model, &PagedTableModel::fetchAll);
    connect(m_errorBar, &MessagePanel::buttonClicked, m_model, &PagedTableModel::retry);
    connect(m_message, &MessagePanel::buttonClicked, this, [this] {
        if (m_model->lastError().isError())
            m_model->retry();
        else
            clearFilters();
    });
    connect(m_model, &PagedTableModel::loadedCountChanged, this, &ListAreaPane::updateCount);
    connect(m_model, &PagedTableModel::totalCountChanged, this, &ListAreaPane::updateCount);
    connect(m_model, &PagedTableModel::loadingChanged, this, [this] {
        updateCount();
        updateMessage();
    });
    connect(m_model, &PagedTableModel::errorOccurred, this, [this] {
        updateCount();
        updateMessage();
        if (m_model->loadedCount() == 0) {
            m_listShown = true;
            maybeReady();
        }
    });
    connect(m_model, &PagedTableModel::firstPageLoaded, this, [this] {
        updateCount();
        updateMessage();
        m_listShown = true;
        maybeReady();
    });
}

void ListAreaPane::addFilterWidget(QWidget *widget)
{
    m_toolbar->insertWidget(m_filterSlot++, widget);
}

void ListAreaPane::addActionWidget(QWidget *widget)
{
    m_toolbar->addWidget(widget);
}

QPushButton *ListAreaPane::addActionButton(const QString &objectName, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    addActionWidget(button);
    return button;
}

void ListAreaPane::addRowBelowToolbar(QWidget *row)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(1 + int(m_rowsBelow.size()), row);
    m_rowsBelow.append(row);
}

QWidget *ListAreaPane::detailWithFooter(QWidget *detail, QWidget *footer)
{
    auto *both = new QWidget(this);
    auto *layout = new QVBoxLayout(both);
    layout->setContentsMargins(0, 0, 0, 0);
    detail->setParent(both);
    footer->setParent(both);
    layout->addWidget(detail, 1);
    layout->addWidget(footer);
    return both;
}

void ListAreaPane::setMultiSelection(bool many)
{
    m_view->setSelectionMode(many ? QAbstractItemView::ExtendedSelection
                                  : QAbstractItemView::SingleSelection);
}

void ListAreaPane::sizeColumns(const QStringList &samples)
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    for (int column = 0; column < samples.size(); ++column) {
        const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
        const int width =
            qMax(metrics.horizontalAdvance(samples.at(column)), metrics.horizontalAdvance(title));
        header->resizeSection(column, width + 18);
    }
}

void ListAreaPane::setScope(const QString &) {}

void ListAreaPane::refresh()
{
    m_model->reload();
    afterQueryChanged();
}

void ListAreaPane::afterQueryChanged()
{
    if (hasLocalFilter())
        m_model->fetchAll();
    updateCount();
    updateMessage();
}

QModelIndex ListAreaPane::toSource(const QModelIndex &shown) const
{
    QModelIndex index = shown;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model()))
        index = proxy->mapToSource(index);
    return index;
}

QList<int> ListAreaPane::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(toSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

int ListAreaPane::currentSourceRow() const
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndexList rows = selection->selectedRows();
    if (rows.isEmpty())
        return -1;
    const QModelIndex current = selection->currentIndex();
    const bool currentPicked = current.isValid() && selection->isRowSelected(current.row(), {});
    return toSource(currentPicked ? current : rows.first()).row();
}

bool ListAreaPane::selectSourceRow(int row)
{
    QModelIndex index = m_model->index(row, 0);
    // Map down the proxy chain, from the model to what the table shows.
    QList<const QAbstractProxyModel *> chain;
    for (auto *model = m_view->model(); auto *proxy = qobject_cast<QAbstractProxyModel *>(model);
         model = proxy->sourceModel())
        chain.prepend(proxy);
    for (const QAbstractProxyModel *proxy : chain)
        index = proxy->mapFromSource(index);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    return true;
}

void ListAreaPane::exportAsked()
{
    ViewExport::askAndExport(m_view, m_texts.exportName, this, PagedTableModel::ExportRole);
}

bool ListAreaPane::exportCsv(const QString &path, QString *error) const
{
    QString problem;
    const bool written = ViewExport::toCsvFile(m_view, path, &problem, PagedTableModel::ExportRole);
    if (error)
        *error = problem;
    return written;
}

QString ListAreaPane::messageText() const
{
    return m_tableArea->currentWidget() == m_message ? m_message->text() : QString();
}

QString ListAreaPane::countText() const
{
    const QLocale locale;
    const int loaded = m_model->loadedCount();
    const int total = m_model->totalCount();
    const int shown = m_view->model()->rowCount();
    const QString all = total >= 0 ? amount(total) : amount(loaded);
    if (hasLocalFilter()) {
        if (m_model->hasMore())
            return tr("%1 match so far (%2 of %3 checked)")
                .arg(locale.toString(shown), locale.toString(loaded), all);
        return tr("%1 of %2 match").arg(locale.toString(shown), all);
    }
    if (total >= 0 && loaded < total)
        return tr("%1 of %2").arg(locale.toString(loaded), all);
    return all;
}

void ListAreaPane::updateCount()
{
    if (!m_model)
        return;
    m_count->setText(countText());
    m_loadAll->setVisible(m_model->isPagedList());
    m_loadAll->setEnabled(m_model->hasMore() && !m_model->lastError().isError());
}

void ListAreaPane::updateMessage()
{
    const ApiError error = m_model->lastError();
    const bool empty = m_view->model()->rowCount() == 0;
    m_errorBar->setVisible(error.isError() && !empty);
    if (error.isError() && !empty)
        m_errorBar->showMessage(moreFailedText(error), tr("Retry"), true);
    if (!empty) {
        m_tableArea->setCurrentWidget(m_view);
        return;
    }
    if (error.isError())
        m_message->showMessage(m_texts.loadFailed + u'\n' + error.userMessage(), tr("Retry"), true);
    else if (m_model->isLoading() || m_model->hasMore())
        m_message->showMessage(m_texts.loading);
    else if (hasFilters())
        m_message->showMessage(noneMatchText(), tr("Clear filters"));
    else
        m_message->showMessage(noneText());
    m_tableArea->setCurrentWidget(m_message);
}

QString ListAreaPane::moreFailedText(const ApiError &error) const
{
    return tr("Could not load more. %1").arg(error.userMessage());
}

bool ListAreaPane::hasFilters() const
{
    return m_search && !m_search->text().trimmed().isEmpty();
}

void ListAreaPane::clearFilters()
{
    if (m_search)
        m_search->clear();
    m_searchDelay.stop();
    applyFilters();
}

void ListAreaPane::maybeReady()
{
    if (m_readySent || !m_listShown || !isDetailReady())
        return;
    m_readySent = true;
    // After the layout has caught up with the new texts (a screenshot is taken on ready).
    QMetaObject::invokeMethod(this, &AreaPane::ready, Qt::QueuedConnection);
}

void ListAreaPane::onSelectionChanged()
{
    updateActions();
    showDetails(currentSourceRow());
}
