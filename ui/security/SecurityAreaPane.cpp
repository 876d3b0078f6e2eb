#include "SecurityAreaPane.h"

#include "AreaLink.h"
#include "FieldListPane.h"
#include "Icons.h"
#include "PagedTableModel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

SecurityAreaPane::SecurityAreaPane(const Texts &texts, QWidget *parent)
    : ListAreaPane(QStringLiteral("security"), texts.list, parent),
      m_proxy(new AccessSortProxy(this)), m_pickOne(texts.pickOne)
{}

void SecurityAreaPane::build(PagedTableModel *model, const QList<RiskFilterBox::Preset> &presets)
{
    m_proxy->setPagedModel(model);
    m_detail = new FieldListPane(this);
    m_detail->clear(m_pickOne);
    ListAreaPane::build(model, m_proxy, m_detail);

    m_filter = new RiskFilterBox(this);
    m_filter->setPresets(presets);
    m_firstPreset = presets.value(0).key;
    connect(m_filter, &RiskFilterBox::changed, this, &SecurityAreaPane::applyFilters);
    addFilterWidget(m_filter);
    m_revoke = addActionButton(QStringLiteral("revoke"), tr("Revoke\u2026"));
    m_revoke->setIcon(Icons::action(Icons::Action::Revoke));
    m_revoke->setEnabled(false);
    connect(m_revoke, &QPushButton::clicked, this, &SecurityAreaPane::revokeSelected);
    setRemoveButton(m_revoke);
}

void SecurityAreaPane::setLocalFilter(AccessSortProxy::RowFilter filter)
{
    m_proxy->setRowFilter(std::move(filter));
}

bool SecurityAreaPane::hasFilters() const
{
    return !m_filter->isDefault() || ListAreaPane::hasFilters();
}

void SecurityAreaPane::clearFilters()
{
    {
        const QSignalBlocker quiet(m_filter); // one apply, below
        m_filter->setPreset(m_firstPreset);
    }
    ListAreaPane::clearFilters();
}

void SecurityAreaPane::open(const AreaLink &link)
{
    if (link.filter.isEmpty() && link.searchText.isEmpty())
        return;
    clearFilters();
    {
        const QSignalBlocker quietFilter(m_filter); // one apply, below
        const QSignalBlocker quietSearch(searchField());
        m_filter->setPreset(link.filter.isEmpty() ? m_firstPreset : link.filter);
        searchField()->setText(link.searchText);
    }
    applyFilters();
}

void SecurityAreaPane::updateActions()
{
    m_revoke->setEnabled(canRevoke(selectedSourceRows()));
}

void SecurityAreaPane::showDetails(int sourceRow)
{
    if (sourceRow < 0)
        m_detail->clear(m_pickOne);
    else
        showDetailsOf(sourceRow);
}
