#include "SidebarModel.h"

namespace {

QStandardItem *makeItem(const QString &text, SidebarModel::Kind kind, const QString &id)
{
    auto *result = new QStandardItem(text);
    result->setData(kind, SidebarModel::KindRole);
    result->setData(id, SidebarModel::IdRole);
    result->setEditable(false);
    return result;
}

} // namespace

SidebarModel::SidebarModel(QObject *parent) : QStandardItemModel(parent)
{
    appendRow(heading(tr("Organization")));
    m_org = makeItem(tr("Loading\u2026"), OrgScope, QStringLiteral("-"));
    m_org->setToolTip(tr("Every directory in the organization"));
    appendRow(m_org);
    m_areasHeading = heading(tr("Areas"));
    appendRow(m_areasHeading);
    setCurrentScope(m_scope);
}

QStandardItem *SidebarModel::heading(const QString &text)
{
    QStandardItem *result = makeItem(text.toUpper(), Heading, QString());
    result->setFlags(Qt::ItemIsEnabled);
    QFont font = result->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    result->setFont(font);
    return result;
}

void SidebarModel::setOrgName(const QString &name)
{
    m_org->setText(name);
}

void SidebarModel::setDirectories(const QList<Directory> &directories)
{
    m_org->removeRows(0, m_org->rowCount());
    for (const Directory &directory : directories) {
        QStandardItem *child = makeItem(directory.name, DirectoryScope, directory.id);
        child->setToolTip(tr("Only the directory %1").arg(directory.name));
        m_org->appendRow(child);
    }
    setCurrentScope(m_scope);
}

void SidebarModel::setAreas(const QList<AreaEntry> &areas)
{
    const int firstArea = m_areasHeading->row() + 1;
    const int end = m_viewsHeading ? m_viewsHeading->row() : rowCount();
    if (end > firstArea)
        removeRows(firstArea, end - firstArea);
    for (const AreaEntry &area : areas) {
        QStandardItem *entry = makeItem(area.title, Area, area.key);
        entry->setIcon(area.icon);
        if (m_viewsHeading)
            insertRow(m_viewsHeading->row(), entry);
        else
            appendRow(entry);
    }
}

void SidebarModel::setSavedViews(const QStringList &names)
{
    if (m_viewsHeading) {
        removeRows(m_viewsHeading->row(), rowCount() - m_viewsHeading->row());
        m_viewsHeading = nullptr;
    }
    if (names.isEmpty())
        return;
    m_viewsHeading = heading(tr("Saved views"));
    appendRow(m_viewsHeading);
    for (const QString &name : names) {
        QStandardItem *entry = makeItem(name, SavedView, name);
        entry->setIcon(QIcon::fromTheme(QStringLiteral("view-filter")));
        entry->setToolTip(tr("Users with the filters saved as \u201c%1\u201d").arg(name));
        appendRow(entry);
    }
}

QModelIndex SidebarModel::savedViewIndex(const QString &name) const
{
    if (!m_viewsHeading)
        return QModelIndex();
    for (int row = m_viewsHeading->row() + 1; row < rowCount(); ++row) {
        if (item(row)->data(IdRole).toString() == name)
            return item(row)->index();
    }
    return QModelIndex();
}

void SidebarModel::setCurrentScope(const QString &directoryId)
{
    m_scope = directoryId;
    auto mark = [&](QStandardItem *scope) {
        QFont font = scope->font();
        font.setBold(scope->data(IdRole).toString() == m_scope);
        scope->setFont(font);
    };
    mark(m_org);
    for (int i = 0; i < m_org->rowCount(); ++i)
        mark(m_org->child(i));
}

QModelIndex SidebarModel::orgIndex() const
{
    return m_org->index();
}

QModelIndex SidebarModel::scopeIndex(const QString &directoryId) const
{
    if (directoryId.isEmpty() || directoryId == QLatin1String("-"))
        return m_org->index();
    for (int i = 0; i < m_org->rowCount(); ++i) {
        if (m_org->child(i)->data(IdRole).toString() == directoryId)
            return m_org->child(i)->index();
    }
    return QModelIndex();
}

QModelIndex SidebarModel::areaIndex(const QString &key) const
{
    const int end = m_viewsHeading ? m_viewsHeading->row() : rowCount();
    for (int row = m_areasHeading->row() + 1; row < end; ++row) {
        if (item(row)->data(IdRole).toString() == key)
            return item(row)->index();
    }
    return QModelIndex();
}

QString SidebarModel::directoryName(const QString &directoryId) const
{
    const QModelIndex index = scopeIndex(directoryId);
    return index.isValid() ? index.data().toString() : QString();
}
