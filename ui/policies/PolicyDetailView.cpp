#include "PolicyDetailView.h"

#include "PaletteWatcher.h"
#include "PolicyText.h"
#include "StatusColors.h"
#include "UserText.h"
#include "WorkspaceDirectory.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

PolicyDetailView::PolicyDetailView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_facts(new QLabel(this)),
      m_resources(new QTableWidget(0, 3, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4); // as the other areas' details
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_facts->setObjectName(QStringLiteral("policyFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_facts);
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
    m_title->setText(message);
    m_facts->clear();
    m_resources->setRowCount(0);
    m_resources->setVisible(false);
}

void PolicyDetailView::showPolicy(const Policy &policy)
{
    const QString picked = policy.id == m_policy.id ? selectedResourceId() : QString();
    m_policy = policy;
    m_title->setText(policy.name.isEmpty() ? tr("(no name)") : policy.name);
    QStringList facts{tr("Type: %1").arg(PolicyText::type(policy.type)),
                      tr("Status: %1").arg(PolicyText::status(policy))};
    if (policy.type == Policy::Type::DataSecurity) {
        facts.append(tr("Rule: %1").arg(PolicyText::rules(policy)));
        facts.append(tr("Coverage: %1").arg(policy.coverageLevel));
        facts.append(tr("Description: %1").arg(policy.description));
        facts.append(tr("Updated: %1").arg(policy.updatedAt.toUTC().toString(Qt::ISODate)));
        facts.append(tr("Read-only: data-security policies are changed in Atlassian "
                        "Administration."));
        m_facts->setText(facts.join(u'\n'));
        m_resources->setRowCount(0);
        m_resources->setVisible(false);
        return;
    }
    if (policy.type == Policy::Type::IpAllowlist) {
        facts.append(
            policy.rule.isEmpty()
                ? tr("Allowed ranges: none")
                : tr("Allowed ranges:\n  %1").arg(policy.rule.join(QStringLiteral("\n  "))));
    } else {
        facts.append(tr("Location: %1").arg(PolicyText::rules(policy)));
    }
    facts.append(tr("Resources: %1").arg(PolicyText::resourcesSummary(policy.resources)));
    m_facts->setText(facts.join(u'\n'));

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
    QStringList lines{m_title->text(), m_facts->text()};
    for (int row = 0; row < m_resources->rowCount(); ++row)
        lines.append(m_resources->item(row, 0)->text() + u'\t' + m_resources->item(row, 1)->text());
    return lines.join(u'\n');
}
