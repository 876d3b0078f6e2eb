#include "Sidebar.h"

#include "Areas.h"
#include "Connection.h"
#include "SidebarModel.h"
#include "StatusColors.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// A little air between the sidebar's rows.
class RoomyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        const bool heading = index.data(SidebarModel::KindRole) == SidebarModel::Heading;
        return {size.width(), size.height() + (heading && index.row() > 0 ? 14 : 6)};
    }
};

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent), m_model(new SidebarModel(this)), m_view(new QTreeView(this)),
      m_badge(new QLabel(tr("Sandbox"), this))
{
    m_badge->setObjectName(QStringLiteral("sandboxBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setToolTip(tr("A local sandbox with made-up people: nothing here touches a real "
                           "organization."));
    // A warning colour that reads the same in light and dark themes.
    const StatusColors::Tint badge = StatusColors::solid(StatusColors::Role::Warning);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; "
                                          "border-radius: 4px; padding: 3px; }")
                               .arg(badge.background.name(), badge.text.name()));
    m_badge->hide();

    m_view->setObjectName(QStringLiteral("sidebarTree"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RoomyDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setIndentation(14);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->expandAll();
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &Sidebar::onPicked);

    QList<SidebarModel::AreaEntry> entries;
    for (const AreaDefinition &area : Areas::all())
        entries.append({area.key, area.title, area.icon});
    m_model->setAreas(entries);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_badge);
    layout->addWidget(m_view, 1);
}

void Sidebar::setConnection(Connection *connection)
{
    m_request.clear();
    m_badge->setVisible(connection && connection->isSandbox());
    m_model->setDirectories({});
    m_model->setCurrentScope(QStringLiteral("-"));
    m_orgName.clear();
    if (!connection) {
        m_model->setOrgName(QString());
        return;
    }
    QObject *context = m_request.renew();
    const QString fallbackName =
        connection->displayName().isEmpty() ? connection->orgId() : connection->displayName();
    m_model->setOrgName(fallbackName);
    connection->orgs().org(context, [this](const ApiResult<Org> &result) {
        if (!result.ok() || result.value.name.isEmpty())
            return; // the id stays; the status bar has the error
        m_orgName = result.value.name;
        m_model->setOrgName(m_orgName);
        Q_EMIT orgNameChanged(m_orgName);
    });
    connection->orgs().directories(context, [this](const ApiResult<QList<Directory>> &result) {
        if (result.ok())
            m_model->setDirectories(result.value);
    });
}

void Sidebar::selectArea(const QString &key)
{
    const QModelIndex index = m_model->areaIndex(key);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void Sidebar::onPicked()
{
    const QModelIndex index = m_view->currentIndex();
    const QString id = index.data(SidebarModel::IdRole).toString();
    switch (index.data(SidebarModel::KindRole).toInt()) {
    case SidebarModel::OrgScope:
    case SidebarModel::DirectoryScope:
        m_model->setCurrentScope(id);
        Q_EMIT scopePicked(id);
        break;
    case SidebarModel::Area:
        Q_EMIT areaPicked(id);
        break;
    case SidebarModel::SavedView:
        Q_EMIT savedViewPicked(id);
        break;
    default:
        break;
    }
}
