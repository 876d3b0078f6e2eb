#pragma once

#include "AccessSortProxy.h"
#include "ListAreaPane.h"
#include "RiskFilterBox.h"

class FieldListPane;

// What the API keys and API tokens areas add to the skeleton: a risk filter (some of whose
// conditions only the loaded rows can tell), "Revoke…" for the picked rows, and a field list as
// the detail. Organization-wide: the directory picked in the sidebar does not apply. Subclasses
// say what the filters mean and what revoking does.
class SecurityAreaPane : public ListAreaPane
{
    Q_OBJECT

public:
    struct Texts
    {
        ListAreaPane::Texts list;
        QString pickOne; // the detail pane's placeholder
    };

    AccessSortProxy *proxy() const { return m_proxy; }
    FieldListPane *detailPane() const { return m_detail; }
    RiskFilterBox *filterBox() const { return m_filter; }

    // A link's preset (link.filter: one of the presets' keys) and search text, on an area
    // otherwise unfiltered.
    void open(const AreaLink &link) override;
    QPushButton *revokeButton() const { return m_revoke; }

protected:
    SecurityAreaPane(const Texts &texts, QWidget *parent);

    // Takes the model over and builds the area; subclasses call it in their constructor, and
    // may add filters and actions afterwards.
    void build(PagedTableModel *model, const QList<RiskFilterBox::Preset> &presets);

    virtual bool canRevoke(const QList<int> &sourceRows) const = 0;
    virtual void revokeSelected() = 0;
    virtual void showDetailsOf(int sourceRow) = 0; // a picked row

    bool hasFilters() const override;
    bool hasLocalFilter() const override { return m_proxy->hasRowFilter(); }
    void clearFilters() override;
    void showDetails(int sourceRow) override;
    void updateActions() override;

    // For conditions the server cannot filter on: narrows the loaded rows, and loads every
    // page so that the whole list is checked. nullptr: no local condition.
    void setLocalFilter(AccessSortProxy::RowFilter filter);

private:
    AccessSortProxy *m_proxy;
    QString m_pickOne;
    QString m_firstPreset; // "everything"
    RiskFilterBox *m_filter = nullptr;
    QPushButton *m_revoke = nullptr;
    FieldListPane *m_detail = nullptr;
};
