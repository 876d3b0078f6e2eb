#include "WorkspacePicker.h"

#include "Connection.h"
#include "UserText.h"
#include "WorkspaceService.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kPageSize = 100;
constexpr int kMaxListed = 1000; // a picker, not a report: narrow the search beyond this

} // namespace

WorkspacePicker::WorkspacePicker(Connection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_search(new QLineEdit(this)),
      m_list(new QTreeWidget(this)), m_status(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("workspaceSearch"));
    m_search->setPlaceholderText(tr("Search workspaces by name or URL"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("workspaceList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Workspace"), tr("Product"), tr("URL")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("workspaceStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &WorkspacePicker::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &WorkspacePicker::selectionChanged);
    search();
}

WorkspacePicker::~WorkspacePicker() = default;

void WorkspacePicker::search()
{
    m_debounce.stop();
    delete m_pager; // drops a page still in flight
    const bool hadSelection = !selectedWorkspaceId().isEmpty();
    m_list->clear();
    m_workspaces.clear();
    if (hadSelection)
        Q_EMIT selectionChanged();
    if (!m_connection || !m_connection->client()) {
        m_status->setText(tr("Not connected to an organization."));
        Q_EMIT loaded();
        return;
    }
    m_status->setText(tr("Looking for workspaces\u2026"));
    const WorkspaceService service(m_connection->client(), m_connection->orgId());
    m_pager = service.search(m_search->text(), kPageSize, this);
    connect(m_pager, &WorkspacePager::workspacesReceived, this, &WorkspacePicker::addWorkspaces);
    connect(m_pager, &Pager::failed, this, [this](const ApiError &error) {
        m_status->setText(tr("Could not list the workspaces: %1").arg(error.userMessage()));
        Q_EMIT loaded();
    });
    m_pager->fetchNext();
}

void WorkspacePicker::addWorkspaces(const QList<Workspace> &workspaces, bool hasMore)
{
    for (const Workspace &w : workspaces) {
        QString name = w.name.isEmpty() ? w.id : w.name;
        if (w.sandboxChild)
            name = tr("%1 (sandbox)").arg(name);
        if (!w.isOnline())
            name = tr("%1 (%2)").arg(name, w.status);
        auto *item =
            new QTreeWidgetItem(m_list, {name, UserText::productName(w.typeKey), w.hostUrl});
        item->setToolTip(0, w.id);
        m_workspaces.append(w);
    }
    if (hasMore && m_workspaces.size() < kMaxListed) {
        m_pager->fetchNext();
        return;
    }
    if (m_workspaces.isEmpty()) {
        m_status->setText(
            m_search->text().trimmed().isEmpty()
                ? tr("The organization has no workspaces.")
                : tr("No workspace matches \u201c%1\u201d.").arg(m_search->text().trimmed()));
    } else if (hasMore) {
        m_status->setText(tr("Showing the first %n workspaces: type to narrow the list.", nullptr,
                             int(m_workspaces.size())));
    } else {
        m_status->setText(tr("%n workspace(s).", nullptr, int(m_workspaces.size())));
    }
    if (m_workspaces.size() == 1)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    Q_EMIT loaded();
}

std::optional<Workspace> WorkspacePicker::selectedWorkspace() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const int row = m_list->indexOfTopLevelItem(selected.first());
    if (row < 0 || row >= m_workspaces.size())
        return std::nullopt;
    return m_workspaces.at(row);
}

QString WorkspacePicker::selectedWorkspaceId() const
{
    const auto w = selectedWorkspace();
    return w ? w->id : QString();
}

QString WorkspacePicker::selectedWorkspaceName() const
{
    const auto w = selectedWorkspace();
    return w ? w->name : QString();
}

QString WorkspacePicker::searchText() const
{
    return m_search->text();
}

void WorkspacePicker::setSearchText(const QString &text)
{
    m_search->setText(text);
    search();
}

bool WorkspacePicker::isLoading() const
{
    return m_debounce.isActive() || (m_pager && m_pager->isFetching());
}

int WorkspacePicker::workspaceCount() const
{
    return int(m_workspaces.size());
}

QString WorkspacePicker::statusText() const
{
    return m_status->text();
}
