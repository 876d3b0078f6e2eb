#include "InviteGroupsField.h"

#include "Connection.h"
#include "GroupService.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace {

constexpr int GroupIdRole = Qt::UserRole + 1;

} // namespace

InviteGroupsField::InviteGroupsField(Connection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_status(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("inviteGroupFilter"));
    m_filter->setPlaceholderText(tr("Filter groups"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("inviteGroups"));
    m_list->setMinimumHeight(110);
    m_list->setMaximumHeight(160);
    m_status->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    connect(m_filter, &QLineEdit::textChanged, this, &InviteGroupsField::filter);
    load();
}

void InviteGroupsField::load()
{
    if (!m_connection)
        return;
    m_status->setText(tr("Loading groups\u2026"));
    GroupQuery query;
    query.withCounts = false;
    query.limit = 100;
    m_pager = GroupService(m_connection->client(), m_connection->orgId()).search(query, this);
    connect(m_pager, &GroupPager::groupsReceived, this,
            [this](const QList<Group> &groups, bool hasMore) {
                for (const Group &group : groups) {
                    auto *item = new QListWidgetItem(group.name, m_list);
                    item->setData(GroupIdRole, group.id);
                    item->setCheckState(m_preselected.contains(group.id) ? Qt::Checked
                                                                         : Qt::Unchecked);
                    if (group.isSynced()) {
                        item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                        item->setToolTip(tr("Synced from an identity provider: add people "
                                            "there."));
                    }
                }
                if (hasMore) {
                    m_pager->fetchNext();
                    return;
                }
                m_status->setText(tr("%n group(s)", nullptr, m_list->count()));
                m_pager->deleteLater();
                m_pager = nullptr;
                filter(m_filter->text());
                Q_EMIT loaded();
            });
    connect(m_pager, &Pager::failed, this, [this](const ApiError &error) {
        m_status->setText(tr("Could not load the groups: %1").arg(error.userMessage()));
        m_pager->deleteLater();
        m_pager = nullptr;
        Q_EMIT loaded();
    });
    m_pager->fetchNext();
}

void InviteGroupsField::filter(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

void InviteGroupsField::preselect(const QString &groupId)
{
    m_preselected.append(groupId);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(GroupIdRole).toString() == groupId)
            m_list->item(i)->setCheckState(Qt::Checked);
    }
}

bool InviteGroupsField::checkGroup(const QString &name)
{
    const auto found = m_list->findItems(name, Qt::MatchExactly);
    if (found.isEmpty() || !(found.first()->flags() & Qt::ItemIsEnabled))
        return false;
    found.first()->setCheckState(Qt::Checked);
    return true;
}

QList<InviteSpec::GroupRef> InviteGroupsField::checkedGroups() const
{
    QList<InviteSpec::GroupRef> groups;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsEnabled))
            groups.append({item->data(GroupIdRole).toString(), item->text()});
    }
    return groups;
}

int InviteGroupsField::groupCount() const
{
    return m_list->count();
}
