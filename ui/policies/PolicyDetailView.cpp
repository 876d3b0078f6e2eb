#include "PolicyDetailView.h"

#include "FieldListPane.h"
#include "PaletteWatcher.h"
#include "PolicyText.h"
#include "StatusColors.h"
#include "UserText.h"
#include "WorkspaceDirectory.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

PolicyDetailView::PolicyDetailView(QWidget *parent)
    : QWidget(parent), m_facts(new FieldListPane(this)), m_resources(new QTableWidget(0, 3, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_facts->setObjectName(QStringLiteral("policyFacts"));
    layout->addWidget(m_facts, 1);
    m_resources->setObjectName(QStringLiteral("policyResources"));
    m_resources->setHorizontalHeaderLabels(
        {tr("Site or workspace"), tr("Application"), tr("Ticket")});
    // The look of the area tables: no grid, plain left-aligned headers, alternating rows.
    m_resources->setShowGrid(false);
    m_resources->setAlternatingRowColors(true);
    PaletteWatcher::follow(m_resources, [table = m_resources] {
        for (int row = 0; row < table->rowCount(); ++row) {
            QTableWidgetItem *status = table->item(row, 1);
            if (status && status->data(Qt::ForegroundRole).isValid())
                status->setForeground(StatusColors::refreshed(status->foreground().color()));
        }
    });
    QHeaderView *header = m_resources->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->resizeSection(2, 100);
    m_resources->setWordWrap(false);
    m_resources->setTextElideMode(Qt::ElideMiddle); // an unknown ARI's ends tell sites apart
    m_resources->verticalHeader()->setVisible(false);
    m_resources->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_resources->verticalHeader()->setDefaultSectionSize(m_resources->fontMetrics().height() + 8);
    m_resources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resources->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_resources, 1);
    layout->addStretch(0); // keeps the words at the top when there is no table
    connect(m_resources, &QTableWidget::itemSelectionChanged, this,
            &PolicyDetailView::resourceSelectionChanged);
}

void PolicyDetailView::setWorkspaces(WorkspaceDirectory *workspaces)
{
    if (m_workspaces)
        disconnect(m_workspaces, nullptr, this, nullptr);
    m_workspaces = workspaces;
    if (!m_workspaces)
        return;
    connect(m_workspaces, &WorkspaceDirectory::loaded, this, [this] {
        if (!m_policy.id.isEmpty() && !m_resources->isHidden())
            fillResources(m_policy, selectedResourceId());
    });
    m_workspaces->load();
}

QString PolicyDetailView::resourceName(const QString &resourceId) const
{
    const auto workspace = m_workspaces ? m_workspaces->find(resourceId) : std::nullopt;
    if (!workspace || workspace->name.isEmpty())
        return resourceId;
    return tr("%1 \u00b7 %2").arg(workspace->name, UserText::productName(workspace->typeKey));
}

void PolicyDetailView::clear(const QString &message)
{
    m_policy = Policy();
    m_facts->clear(message);
    m_resources->setRowCount(0);
    m_resources->setVisible(false);
}

void PolicyDetailView::showPolicy(const Policy &policy)
{
    const QString picked = policy.id == m_policy.id ? selectedResourceId() : QString();
    m_policy = policy;
    const QString title = policy.name.isEmpty() ? tr("(no name)") : policy.name;
    QList<FieldListPane::Field> facts{{tr("Type"), PolicyText::type(policy.type)},
                                      {tr("Status"), PolicyText::status(policy)}};
    if (policy.type == Policy::Type::DataSecurity) {
        facts.append({tr("Rule"), PolicyText::rules(policy)});
        facts.append({tr("Coverage"), policy.coverageLevel});
        facts.append({tr("Description"), policy.description});
        facts.append({tr("Updated"),
                      UserText::dateWithAgo(policy.updatedAt, QDateTime::currentDateTimeUtc())});
        facts.append({QString(), tr("Read-only: data-security policies are changed in Atlassian "
                                    "Administration.")});
        m_facts->showFields(title, facts);
        m_resources->setRowCount(0);
        m_resources->setVisible(false);
        return;
    }
    if (policy.type == Policy::Type::IpAllowlist)
        facts.append(
            {tr("Allowed ranges"), policy.rule.isEmpty() ? tr("None") : policy.rule.join(u'\n')});
    else
        facts.append({tr("Location"), PolicyText::rules(policy)});
    facts.append({tr("Resources"), PolicyText::resourcesSummary(policy.resources)});
    m_facts->showFields(title, facts);

    m_resources->setVisible(true);
    fillResources(policy, picked);
}

void PolicyDetailView::fillResources(const Policy &policy, const QString &picked)
{
    m_resources->setRowCount(int(policy.resources.size()));
    for (int row = 0; row < policy.resources.size(); ++row) {
        const PolicyResource &resource = policy.resources.at(row);
        auto *name = new QTableWidgetItem(resourceName(resource.id));
        name->setData(Qt::UserRole, resource.id);
        name->setToolTip(resource.id);
        m_resources->setItem(row, 0, name);
        auto *status = new QTableWidgetItem(PolicyText::applicationStatus(resource));
        status->setData(Qt::UserRole, resource.applicationStatus);
        const QColor colour = PolicyText::applicationColor(resource);
        if (colour.isValid())
            status->setForeground(colour);
        m_resources->setItem(row, 1, status);
        m_resources->setItem(row, 2, new QTableWidgetItem(resource.ticket));
        if (resource.id == picked)
            m_resources->selectRow(row);
    }
}

QString PolicyDetailView::selectedResourceId() const
{
    const QList<QTableWidgetItem *> items = m_resources->selectedItems();
    if (items.isEmpty())
        return QString();
    const QTableWidgetItem *first = m_resources->item(items.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toString() : QString();
}

QString PolicyDetailView::text() const
{
    QStringList lines{m_facts->text()};
    for (int row = 0; row < m_resources->rowCount(); ++row)
        lines.append(m_resources->item(row, 0)->text() + u'\t' + m_resources->item(row, 1)->text());
    return lines.join(u'\n');
}
