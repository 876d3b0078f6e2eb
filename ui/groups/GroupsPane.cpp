#include "GroupsPane.h"

#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "GroupDetailView.h"
#include "GroupMembersModel.h"
#include "GroupOperations.h"
#include "GroupService.h"
#include "GroupsModel.h"
#include "JobLauncher.h"
#include "JobManager.h"
#include "MainWindow.h"
#include "MessagePanel.h"
#include "NewGroupDialog.h"
#include "TableOrMessage.h"
#include "UsersPane.h"

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

GroupsPane::GroupsPane(Connection *connection, QWidget *parent)
    : AreaPane(parent), m_connection(connection),
      m_service(std::make_unique<GroupService>(connection->client(), connection->orgId())),
      m_model(new GroupsModel(m_service.get(), this)), m_launcher(new JobLauncher(this))
{
    setObjectName(QStringLiteral("groupsPane"));
    QWidget *toolbar = createToolbar();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    m_errorBar = new MessagePanel(MessagePanel::Style::Bar, left);
    m_errorBar->setObjectName(QStringLiteral("groupsErrorBar"));
    m_errorBar->hide();
    leftLayout->addWidget(m_errorBar);
    m_tableArea = new TableOrMessage(QStringLiteral("groups"), left);
    m_view = m_tableArea->view();
    m_message = m_tableArea->message();
    leftLayout->addWidget(m_tableArea, 1);
    m_detail = new GroupDetailView(connection, m_service.get(), m_launcher, splitter);
    m_detail->setMinimumWidth(320);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 520});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    setUpView();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &GroupsPane::applySearch);
    connect(m_message, &MessagePanel::buttonClicked, m_model, &PagedTableModel::retry);
    connect(m_errorBar, &MessagePanel::buttonClicked, this, [this] {
        m_errorBar->hide();
        m_model->retry();
    });
    auto update = [this] {
        updateMessage();
        trySelectPending();
    };
    connect(m_model, &PagedTableModel::loadedCountChanged, this, update);
    connect(m_model, &PagedTableModel::totalCountChanged, this, update);
    connect(m_model, &PagedTableModel::loadingChanged, this, update);
    connect(m_model, &PagedTableModel::errorOccurred, this, [this] {
        updateMessage();
        if (m_model->loadedCount() == 0 && !std::exchange(m_readySent, true))
            Q_EMIT ready();
    });
    connect(m_model, &PagedTableModel::firstPageLoaded, this, [this] {
        updateMessage();
        // Something to show on the right from the start: the first group, unless one is asked.
        if (m_readySent)
            return;
        m_readySent = true;
        if (m_pendingSelect.isEmpty() && !m_view->selectionModel()->hasSelection() &&
            m_model->rowCount() > 0) {
            m_view->selectRow(0);
            // Ready once the picked group's first members are on screen too.
            auto *once = new QObject(this);
            auto done = [this, once] {
                delete once;
                Q_EMIT ready();
            };
            connect(m_detail->membersModel(), &PagedTableModel::firstPageLoaded, once, done);
            connect(m_detail->membersModel(), &PagedTableModel::errorOccurred, once, done);
            return;
        }
        Q_EMIT ready();
    });
    connect(m_detail, &GroupDetailView::groupChanged, this, &GroupsPane::reloadGroup);
    connect(m_detail, &GroupDetailView::showMembersRequested, this, &GroupsPane::showInUsers);
    applySearch();
    loadStats();
}

GroupsPane::~GroupsPane() = default;

QWidget *GroupsPane::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 4, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("groupSearch"));
    m_search->setPlaceholderText(tr("Search group names"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &GroupsPane::applySearch);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_stats = new QLabel(bar);
    m_stats->setObjectName(QStringLiteral("groupStats"));
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("groupCount"));
    m_new =
        new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New group\u2026"), bar);
    m_new->setObjectName(QStringLiteral("newGroup"));
    connect(m_new, &QPushButton::clicked, this, &GroupsPane::openNewGroup);
    m_delete =
        new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete\u2026"), bar);
    m_delete->setObjectName(QStringLiteral("deleteGroup"));
    connect(m_delete, &QPushButton::clicked, this, &GroupsPane::deleteCurrent);
    row->addWidget(m_search, 2);
    row->addWidget(m_stats);
    row->addStretch(1);
    row->addWidget(m_count);
    row->addWidget(m_new);
    row->addWidget(m_delete);
    return bar;
}

void GroupsPane::setUpView()
{
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    header->resizeSection(GroupsModel::Name, 230);
    header->resizeSection(GroupsModel::Description, 300);
    header->resizeSection(GroupsModel::Users, 70);
    header->resizeSection(GroupsModel::Resources, 80);
    header->setSectionResizeMode(GroupsModel::Description, QHeaderView::Stretch);
    // The server sorts by name; ascending is its order without asking.
    header->setSortIndicator(GroupsModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // Only the name sorts (on the server): a click elsewhere keeps the name's arrow.
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder) {
                if (column != GroupsModel::Name)
                    header->setSortIndicator(GroupsModel::Name, m_model->query().descending
                                                                    ? Qt::DescendingOrder
                                                                    : Qt::AscendingOrder);
            });
    header->setToolTip(tr("Click Name to sort the other way; the server sorts by name only"));
    // The current row changes before the selection does: both say what is picked.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupsPane::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsPane::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupsPane::onCurrentChanged);
}

void GroupsPane::setScope(const QString &directoryId)
{
    m_directoryId = directoryId.isEmpty() ? QStringLiteral("-") : directoryId;
    applySearch();
    loadStats();
}

void GroupsPane::refresh()
{
    m_model->reload();
    loadStats();
}

void GroupsPane::applySearch()
{
    GroupQuery query = m_model->query(); // keeps the order
    query.directoryId = m_directoryId;
    query.searchTerm = m_search->text().trimmed();
    m_model->setQuery(query);
    updateMessage();
}

void GroupsPane::loadStats()
{
    delete m_statsContext;
    m_statsContext = new QObject(this);
    m_service->stats(m_directoryId, m_statsContext, [this](const ApiResult<GroupStats> &result) {
        if (!result.ok()) {
            m_stats->setText(tr("Stats unavailable"));
            m_stats->setToolTip(result.error.userMessage());
            return;
        }
        const QLocale locale;
        m_stats->setText(tr("Groups: %1 \u00b7 managed here: %2 \u00b7 synced: %3")
                             .arg(locale.toString(result.value.all),
                                  locale.toString(result.value.managed),
                                  locale.toString(result.value.synced)));
        m_stats->setToolTip(tr("Synced groups come from your identity provider and change "
                               "there."));
    });
}

QString GroupsPane::statsText() const
{
    return m_stats->text();
}

QString GroupsPane::messageText() const
{
    return m_tableArea->currentWidget() == m_message ? m_message->text() : m_errorBar->text();
}

Group GroupsPane::currentGroup() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return Group();
    return m_model->groupAt(current.row());
}

void GroupsPane::onCurrentChanged()
{
    m_detail->setGroup(currentGroup());
    updateActions();
}

QString GroupsPane::deleteBlockedReason(const Group &group)
{
    if (group.id.isEmpty())
        return tr("Pick a group first");
    if (group.isSynced())
        return tr("Synced from your identity provider; change it there.");
    if (!group.deletable)
        return tr("The organization does not allow deleting this group: it gives a product's "
                  "default access or admin rights.");
    return QString();
}

void GroupsPane::updateActions()
{
    const QString reason = deleteBlockedReason(currentGroup());
    m_delete->setEnabled(reason.isEmpty());
    m_delete->setToolTip(reason.isEmpty() ? tr("Delete the group (its members stay in the "
                                               "organization)")
                                          : reason);
}

void GroupsPane::updateMessage()
{
    const QLocale locale;
    const int loaded = m_model->loadedCount();
    const int total = m_model->totalCount();
    if (total >= 0 && loaded < total)
        m_count->setText(
            tr("Showing %1 of %2").arg(locale.toString(loaded), locale.toString(total)));
    else
        m_count->setText(tr("Showing %1").arg(locale.toString(qMax(loaded, total))));
    const ApiError error = m_model->lastError();
    const bool empty = loaded == 0;
    if (error.isError() && !empty)
        m_errorBar->showMessage(tr("Could not load more groups. %1").arg(error.userMessage()),
                                tr("Retry"), true);
    m_errorBar->setVisible(error.isError() && !empty);
    if (!empty) {
        m_tableArea->setCurrentWidget(m_view);
        return;
    }
    if (error.isError())
        m_message->showMessage(tr("Could not load the groups.") + u'\n' + error.userMessage(),
                               tr("Retry"), true);
    else if (m_model->isLoading() || m_model->hasMore())
        m_message->showMessage(tr("Loading groups\u2026"));
    else if (!m_search->text().trimmed().isEmpty())
        m_message->showMessage(
            tr("No group names contain \u201c%1\u201d.").arg(m_search->text().trimmed()));
    else
        m_message->showMessage(tr("This directory has no groups."));
    m_tableArea->setCurrentWidget(m_message);
}

void GroupsPane::selectGroup(const QString &groupId)
{
    m_pendingSelect = groupId;
    trySelectPending();
}

void GroupsPane::trySelectPending()
{
    if (m_pendingSelect.isEmpty())
        return;
    const int row = m_model->rowOf(m_pendingSelect);
    if (row >= 0) {
        m_pendingSelect.clear();
        const QModelIndex index = m_model->index(row, GroupsModel::Name);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        return;
    }
    if (m_model->lastError().isError())
        return;
    // Every page is in and it is not there (the rows are empty only between queries).
    if (!m_model->hasMore() && !m_model->isLoading()) {
        if (m_model->loadedCount() > 0)
            m_pendingSelect.clear();
        return;
    }
    m_model->fetchMore();
}

void GroupsPane::openNewGroup()
{
    auto *dialog = new NewGroupDialog(m_service.get(), &m_connection->orgs(), m_directoryId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewGroupDialog::created, this, [this](const Group &group) {
        // Show the new group whatever the search said.
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
        m_pendingSelect = group.id;
        applySearch();
        loadStats();
    });
    dialog->open();
}

void GroupsPane::deleteCurrent()
{
    const Group group = currentGroup();
    if (!deleteBlockedReason(group).isEmpty())
        return;
    ConfirmRequest request;
    request.action = tr("Delete group");
    request.question =
        group.userCount > 0
            ? tr("Delete the group \u201c%1\u201d? Its %n member(s) lose the access it gives; "
                 "the people stay in the organization.",
                 nullptr, group.userCount)
                  .arg(group.name)
            : tr("Delete the group \u201c%1\u201d?").arg(group.name);
    request.names = {group.name};
    request.count = 1;
    request.irreversible = true;
    request.typeToConfirm = group.name;
    request.destructive = true;
    ConfirmDialog::ask(this, request, this, [this, group](const ConfirmDialog::Answer &answer) {
        if (!answer.confirmed)
            return;
        m_service->remove(group.directoryId, group.id, this, [this, group](const ApiError &e) {
            if (e.isError()) {
                m_errorBar->showMessage(tr("Could not delete \u201c%1\u201d. %2")
                                            .arg(group.name, GroupOperations::refusalInWords(e)),
                                        QString(), true);
                m_errorBar->show();
                return;
            }
            m_model->reload();
            loadStats();
        });
    });
}

void GroupsPane::showEvent(QShowEvent *event)
{
    AreaPane::showEvent(event);
    // By now the pane is in its window: the jobs view's manager, when there is one.
    if (std::exchange(m_watchingJobs, true))
        return;
    connect(m_launcher->jobManager(), &JobManager::jobAdded, this, &GroupsPane::watchJob);
}

void GroupsPane::watchJob(BulkJob *job)
{
    const QString key = job->spec().operation;
    if (key != GroupOperations::addMember() && key != GroupOperations::removeMember())
        return;
    const QString groupId = job->spec().params.value(QLatin1String("groupId")).toString();
    connect(job, &BulkJob::finished, this, [this, groupId] {
        if (m_detail->group().id == groupId)
            m_detail->membersModel()->reload();
        reloadGroup(groupId);
    });
}

void GroupsPane::reloadGroup(const QString &groupId)
{
    m_service->group(m_directoryId, groupId, this, [this](const ApiResult<Group> &result) {
        if (!result.ok())
            return;
        m_model->updateGroup(result.value);
        if (m_detail->group().id == result.value.id)
            m_detail->setGroup(result.value);
        updateActions(); // a role that grants admin rights makes it undeletable, say
    });
}

void GroupsPane::showInUsers(const Group &group)
{
    auto *window = qobject_cast<MainWindow *>(this->window());
    if (!window || group.id.isEmpty())
        return;
    window->showArea(QStringLiteral("users"));
    if (auto *users = qobject_cast<UsersPane *>(window->pane(QStringLiteral("users")))) {
        UserFilter filter;
        filter.groupIds = {group.id};
        filter.groupNames = {group.name};
        users->setFilter(filter);
    }
}
