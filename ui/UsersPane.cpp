#include "UsersPane.h"

#include "Connection.h"
#include "GroupService.h"
#include "HeaderMenu.h"
#include "MessagePanel.h"
#include "PasteListDialog.h"
#include "StatusFilterButton.h"
#include "TableOrMessage.h"
#include "UserActions.h"
#include "UserDetailPane.h"
#include "UserFilterBar.h"
#include "UsersActivityFilter.h"
#include "UsersModel.h"
#include "UsersSortProxy.h"
#include "ViewExport.h"

#include <QAction>
#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>

UsersPane::UsersPane(Connection *connection, QWidget *parent)
    : AreaPane(parent), m_model(new UsersModel(&connection->users(), this)),
      m_proxy(new UsersSortProxy(this)), m_connection(connection),
      m_activityFilter(new UsersActivityFilter(this))
{
    m_proxy->setUsersModel(m_model);
    m_activityFilter->setSourceModel(m_proxy);
    m_actions = new UserActions(connection, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(createToolbar());
    m_filterBar = new UserFilterBar(left);
    leftLayout->addWidget(m_filterBar);
    connect(m_filterBar, &UserFilterBar::filterChanged, this, &UsersPane::onFilterChanged);
    connect(m_filterBar, &UserFilterBar::menuAboutToShow, this, &UsersPane::refreshChoices);
    connect(m_filterBar, &UserFilterBar::saveViewRequested, this,
            [this] { Q_EMIT saveViewRequested(m_filter); });
    m_errorBar = new MessagePanel(MessagePanel::Style::Bar, left);
    m_errorBar->setObjectName(QStringLiteral("usersErrorBar"));
    m_errorBar->hide();
    leftLayout->addWidget(m_errorBar);
    m_tableArea = new TableOrMessage(QStringLiteral("users"), left);
    m_view = m_tableArea->view();
    m_message = m_tableArea->message();
    leftLayout->addWidget(m_tableArea, 1);

    m_detail = new UserDetailPane(splitter);
    m_detail->setObjectName(QStringLiteral("userDetail"));
    m_detail->setService(&connection->users());
    m_detail->setClient(connection->client(), connection->orgId());
    m_detail->setConnection(connection);
    m_detail->clear();
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 310});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setUpView();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &UsersPane::applyFilters);
    connect(m_message, &MessagePanel::buttonClicked, this, [this] {
        if (m_model->lastError().isError())
            m_model->retry();
        else
            clearFilters();
    });
    connect(m_errorBar, &MessagePanel::buttonClicked, m_model, &UsersModel::retry);
    connect(m_model, &UsersModel::loadedCountChanged, this, &UsersPane::updateCount);
    connect(m_model, &UsersModel::totalCountChanged, this, &UsersPane::updateCount);
    connect(m_model, &UsersModel::loadingChanged, this, [this] {
        updateCount();
        updateMessage();
    });
    connect(m_model, &UsersModel::errorOccurred, this, [this] {
        updateCount();
        updateMessage();
        if (m_model->loadedCount() == 0)
            Q_EMIT ready();
    });
    connect(m_model, &UsersModel::firstPageLoaded, this, [this] {
        updateMessage();
        lookUpGroups();
        Q_EMIT ready();
    });
    connect(m_model, &UsersModel::loadedCountChanged, this, &UsersPane::selectPending);
    // After a job or an edit, the table shows the new states; the people stay selected.
    connect(m_actions, &UserActions::changed, this, &UsersPane::refresh);

    applyFilters();
}

QWidget *UsersPane::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search names and e-mail addresses"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPane::applyFilters);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    m_statusFilter = new StatusFilterButton(bar);
    connect(m_statusFilter, &StatusFilterButton::statusesChanged, this,
            [this](const QStringList &statuses) {
                m_filter.statuses = statuses;
                m_filterBar->setFilter(m_filter);
                applyFilters();
            });

    auto *fromList = new QToolButton(bar);
    fromList->setObjectName(QStringLiteral("fromList"));
    fromList->setText(tr("From a list…"));
    fromList->setToolTip(tr("Find the people of a ticket: paste or load their e-mail addresses "
                            "or account IDs"));
    connect(fromList, &QToolButton::clicked, this, &UsersPane::openPasteList);

    auto *actionsButton = new QToolButton(bar);
    actionsButton->setObjectName(QStringLiteral("userActionsButton"));
    actionsButton->setText(tr("Actions"));
    actionsButton->setPopupMode(QToolButton::InstantPopup);
    auto *actionsMenu = new QMenu(actionsButton);
    m_actions->addTo(actionsMenu);
    actionsButton->setMenu(actionsMenu);

    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("exportUsers"));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the rows shown, with the columns shown, as CSV"));
    connect(exportButton, &QToolButton::clicked, this, &UsersPane::exportView);

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("userCount"));
    m_loadAll = new QPushButton(tr("Load all"), bar);
    m_loadAll->setObjectName(QStringLiteral("loadAll"));
    m_loadAll->setToolTip(tr("Load every page now instead of as the table scrolls"));
    connect(m_loadAll, &QPushButton::clicked, m_model, &UsersModel::fetchAll);

    layout->addWidget(m_search, 2);
    layout->addWidget(m_statusFilter);
    layout->addWidget(fromList);
    layout->addWidget(actionsButton);
    layout->addWidget(exportButton);
    layout->addStretch(1);
    layout->addWidget(m_count);
    layout->addWidget(m_loadAll);
    return bar;
}

void UsersPane::setUpView()
{
    m_view->setModel(m_activityFilter);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        auto *menu = new QMenu(m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        m_actions->addTo(menu);
        menu->popup(m_view->viewport()->mapToGlobal(position));
    });
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    const QFontMetrics metrics = m_view->fontMetrics();
    // Fixed row heights keep 100,000 rows cheap to lay out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);

    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Each column as wide as the text it usually holds (or its title, with the sort arrow).
    const char *samples[UsersModel::ColumnCount] = {
        "Agnieszka Kravchenko", "aditya.gupta2@acme-robotics.com",
        "Deactivated",          "Inactive",
        "30 Sep 2026",          "Off",
        "Not managed",          "Invited",
        "30 Sep 2026"};
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        const int width = qMax(metrics.horizontalAdvance(QLatin1String(samples[column])),
                               metrics.horizontalAdvance(title));
        header->resizeSection(column, width + 14);
    }
    // Mostly implied by the status, or rarely needed: one right-click on the header away.
    header->setSectionHidden(UsersModel::AccountStatus, true);
    header->setSectionHidden(UsersModel::ManagementSource, true);
    installColumnMenu(header);
    // The default indicator is descending on the first column; start as the server does.
    header->setSortIndicator(UsersModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPane::onCurrentRowChanged);
    connect(m_activityFilter, &QAbstractItemModel::modelReset, this,
            &UsersPane::onCurrentRowChanged);
}

void UsersPane::setScope(const QString &directoryId)
{
    m_scope = directoryId.isEmpty() ? QStringLiteral("-") : directoryId;
    m_actions->setDirectory(m_scope);
    m_groupsLookedUp = false; // the groups of that directory
    applyFilters();
}

void UsersPane::refresh()
{
    // The same people stay selected once their rows are back.
    for (const DirectoryUser &user : selectedUsers()) {
        if (!m_selectWhenLoaded.contains(user.accountId))
            m_selectWhenLoaded.append(user.accountId);
    }
    // A job's end is announced to several listeners: one reload for them all.
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        m_model->reload();
        // What only the rows can tell (last active) needs every row again.
        if (m_filter.hasLocalPart(!m_search->text().trimmed().isEmpty()))
            m_model->fetchAll();
    });
}

void UsersPane::applyFilters()
{
    m_searchDelay.stop();
    UserQuery query = m_model->query();
    query.directoryId = m_scope;
    query.searchTerm = m_search->text().trimmed();
    const bool searching = !query.searchTerm.isEmpty();
    m_filter.applyTo(query, searching);
    query.expand = {QStringLiteral("productAccess"), QStringLiteral("platformRoles")};
    m_activityFilter->setFilter(m_filter, searching);
    if (query == m_model->query() && m_model->loadedCount() + m_model->isLoading() > 0) {
        if (m_filter.hasLocalPart(searching))
            m_model->fetchAll();
        updateCount();
        return;
    }
    m_model->setQuery(query);
    // What only the rows can tell (last active) needs every row.
    if (m_filter.hasLocalPart(searching))
        m_model->fetchAll();
    updateMessage();
}

void UsersPane::clearFilters()
{
    m_search->clear();
    m_statusFilter->setStatuses({});
    m_filter = UserFilter();
    m_filterBar->setFilter(m_filter);
    applyFilters();
}

void UsersPane::updateCount()
{
    const QLocale locale;
    const int loaded = m_model->loadedCount();
    const int total = m_model->totalCount();
    if (m_filter.hasLocalPart(!m_search->text().trimmed().isEmpty()))
        m_count->setText(
            tr("%1 match of %2 loaded")
                .arg(locale.toString(m_activityFilter->rowCount()), locale.toString(loaded)));
    else if (total >= 0)
        m_count->setText(tr("%1 of %2 users").arg(locale.toString(loaded), locale.toString(total)));
    else
        m_count->setText(tr("%1 users").arg(locale.toString(loaded)));
    m_loadAll->setEnabled(m_model->hasMore() && !m_model->lastError().isError());
}

void UsersPane::updateMessage()
{
    const ApiError error = m_model->lastError();
    const bool empty = m_model->loadedCount() == 0;
    m_errorBar->setVisible(error.isError() && !empty);
    if (error.isError() && !empty)
        m_errorBar->showMessage(tr("Could not load more users. %1").arg(error.userMessage()),
                                tr("Retry"), true);
    if (!empty) {
        m_tableArea->setCurrentWidget(m_view);
        return;
    }
    if (error.isError()) {
        m_message->showMessage(tr("Could not load the users.\n%1").arg(error.userMessage()),
                               tr("Retry"), true);
    } else if (m_model->isLoading()) {
        m_message->showMessage(tr("Loading users\u2026"));
    } else {
        const UserQuery &query = m_model->query();
        if (!query.searchTerm.isEmpty() || !m_filter.isEmpty())
            m_message->showMessage(tr("No users match these filters."), tr("Clear filters"));
        else
            m_message->showMessage(tr("There are no users here."));
    }
    m_tableArea->setCurrentWidget(m_message);
}

void UsersPane::onCurrentRowChanged()
{
    const QList<DirectoryUser> selected = selectedUsers();
    m_actions->setSelection(selected);
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const bool currentSelected =
        current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {});
    if (selected.isEmpty()) {
        m_detail->clear();
        return;
    }
    const QModelIndex source =
        toSource(currentSelected ? current : m_view->selectionModel()->selectedRows().first());
    m_detail->showUser(m_model->userAt(source.row()));
}

QModelIndex UsersPane::toSource(const QModelIndex &viewIndex) const
{
    return m_proxy->mapToSource(m_activityFilter->mapToSource(viewIndex));
}

QList<DirectoryUser> UsersPane::selectedUsers() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<DirectoryUser> users;
    users.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        users.append(m_model->userAt(toSource(row).row()));
    return users;
}

void UsersPane::onFilterChanged(const UserFilter &filter)
{
    m_filter = filter;
    m_statusFilter->setStatuses(filter.statuses);
    applyFilters();
}

void UsersPane::setFilter(const UserFilter &filter)
{
    m_filter = filter;
    m_filterBar->setFilter(filter);
    m_statusFilter->setStatuses(filter.statuses);
    applyFilters();
}

void UsersPane::showPeople(const QList<DirectoryUser> &people, const QString &listName)
{
    UserFilter filter;
    for (const DirectoryUser &person : people) {
        filter.accountIds.append(person.accountId);
        if (!person.email.isEmpty())
            filter.emails.append(person.email);
    }
    filter.listName = listName;
    m_search->clear();
    m_selectWhenLoaded = filter.accountIds;
    setFilter(filter);
    m_model->fetchAll();
}

void UsersPane::selectPending()
{
    if (m_selectWhenLoaded.isEmpty())
        return;
    QItemSelection selection;
    for (auto it = m_selectWhenLoaded.begin(); it != m_selectWhenLoaded.end();) {
        const int row = m_model->rowOf(*it);
        const QModelIndex index =
            row < 0
                ? QModelIndex()
                : m_activityFilter->mapFromSource(m_proxy->mapFromSource(m_model->index(row, 0)));
        if (!index.isValid()) {
            ++it;
            continue;
        }
        selection.select(index, index.siblingAtColumn(UsersModel::ColumnCount - 1));
        it = m_selectWhenLoaded.erase(it);
    }
    if (selection.isEmpty())
        return;
    m_view->selectionModel()->select(selection,
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!m_view->selectionModel()->currentIndex().isValid())
        m_view->selectionModel()->setCurrentIndex(selection.indexes().first(),
                                                  QItemSelectionModel::NoUpdate);
    if (!m_model->hasMore())
        m_selectWhenLoaded.clear(); // no longer in this view
}

void UsersPane::refreshChoices()
{
    m_filterBar->learnChoices(m_model);
    lookUpGroups();
}

void UsersPane::lookUpGroups()
{
    // Every group of the directory, from groups/search, page by page, in name order.
    if (m_groupsLookedUp)
        return;
    m_groupsLookedUp = true;
    GroupQuery query;
    query.directoryId = m_scope;
    query.withCounts = false;
    query.limit = 100;
    GroupPager *pager =
        GroupService(m_connection->client(), m_connection->orgId()).search(query, this);
    auto choices = std::make_shared<QList<UserFilterBar::Choice>>();
    connect(pager, &GroupPager::groupsReceived, this,
            [this, pager, choices](const QList<Group> &groups, bool hasMore) {
                for (const Group &group : groups)
                    choices->append({group.id, group.name, {}});
                if (hasMore) {
                    pager->fetchNext();
                    return;
                }
                m_filterBar->setGroups(*choices);
                pager->deleteLater();
            });
    connect(pager, &Pager::failed, this, [this, pager] {
        m_groupsLookedUp = false; // try again next time
        pager->deleteLater();
    });
    pager->fetchNext();
}

void UsersPane::openPasteList()
{
    auto *dialog = new PasteListDialog(&m_connection->users(), m_scope, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showPeople(dialog->found(),
                   tr("From a list: %n person(s)", nullptr, int(dialog->found().size())));
    });
    dialog->open();
}

bool UsersPane::exportCsv(const QString &path) const
{
    QString problem;
    return ViewExport::toCsvFile(m_view, path, &problem);
}

void UsersPane::exportView()
{
    ViewExport::askAndExport(m_view, tr("users.csv"), this);
}
