#pragma once

#include "AuditLogFilter.h"
#include "AuditText.h"
#include "FilterChipBar.h"

class AuditEventsModel;

// The Audit log area's filters as removable chips, with "Add filter": when (24 hours, 7, 30 or
// 180 days, everything archived, or a range of days), the action or its kind, who did it, whom
// or what it was done to, the product, the IP address or the country. The actors, targets,
// addresses and countries offered are those of the rows loaded; the table's context menu and the
// detail pane add any other.
class AuditFilterBar : public FilterChipBar
{
    Q_OBJECT

public:
    struct Choice
    {
        QString value;
        QString text;
    };

    explicit AuditFilterBar(QWidget *parent = nullptr);

    void setFilter(const AuditLogFilter &filter); // no filterChanged
    const AuditLogFilter &filter() const { return m_filter; }
    void setActionNames(const AuditActionNames &names) { m_actions = names; }
    // The actors, targets, addresses and countries of the model's loaded rows.
    void learnChoices(const AuditEventsModel *model);
    static constexpr int choicesInMenu = 15;

    // Changes the filter as the menu would, and says so.
    void change(const AuditLogFilter &filter);

Q_SIGNALS:
    void filterChanged(const AuditLogFilter &filter);

protected:
    void fillMenu() override;

private:
    void addTimeMenu(QMenu *menu);
    void addActionMenu(QMenu *menu);
    void askRange();
    void askIp();

    AuditLogFilter m_filter;
    AuditActionNames m_actions;
    QList<Choice> m_actors, m_targets, m_ips, m_countries;
};
