#pragma once

#include "AreaPane.h"
#include "OverviewFigure.h"

#include <QMap>

struct AreaLink;
class Connection;
class OverviewFigures;
class OverviewTile;
class QGridLayout;
class QLabel;

// The Overview, every organization's first area: tiles that each say one thing in words and a
// number (people, groups, domains, keys, tokens, policies needing attention, the audit log's
// week) and open the area that explains it, with the matching filter applied. Each tile loads on
// its own; F5 loads them all again. Organization-wide: the directory picked in the sidebar does not
// apply.
class OverviewPane : public AreaPane
{
    Q_OBJECT

public:
    explicit OverviewPane(Connection *connection, QWidget *parent = nullptr);
    ~OverviewPane() override;

    void setScope(const QString &) override {}
    void refresh() override;

    OverviewFigures *figures() const { return m_figures; }
    OverviewTile *tile(Overview::Tile tile) const { return m_tiles.value(tile); }
    // Where a tile leads.
    AreaLink linkOf(Overview::Tile tile) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reflow();

    OverviewFigures *m_figures;
    QMap<Overview::Tile, OverviewTile *> m_tiles;
    QGridLayout *m_grid;
    QLabel *m_status;
    int m_columns = 0;
};
