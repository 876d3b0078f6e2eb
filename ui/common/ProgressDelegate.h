#pragma once

#include <QStyledItemDelegate>

// Draws a progress bar in a cell whose `valueRole` holds 0..100 and whose display text is the
// bar's label ("12 of 20"). Rows without a value are drawn as plain text.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int valueRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_valueRole;
};
