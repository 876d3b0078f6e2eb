#pragma once

#include "OverviewFigure.h"

#include <QFrame>

class QLabel;

// One tile of the Overview: a title, a big number, one line in words, and its state (loading,
// the figure, failed with the reason, or "this key cannot read…"). Clicked with the mouse, or
// Enter or Space once it has the focus (Tab), it asks to open the area that explains it.
class OverviewTile : public QFrame
{
    Q_OBJECT

public:
    OverviewTile(Overview::Tile tile, QWidget *parent = nullptr);

    Overview::Tile tile() const { return m_tile; }
    void setFigure(const OverviewFigure &figure);

    QString valueText() const;
    QString lineText() const;

Q_SIGNALS:
    void activated(Overview::Tile tile);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void restyle();
    // The number's colour: a count of things needing attention is marked when not zero.
    QColor valueColor() const;

    Overview::Tile m_tile;
    OverviewFigure m_figure;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_line;
};
