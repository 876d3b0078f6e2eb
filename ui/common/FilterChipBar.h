#pragma once

#include <QWidget>

class QHBoxLayout;
class QMenu;
class QToolButton;

// A row of filter chips under an area's toolbar: "Add filter" (a menu filled by fillMenu() each
// time it opens), one removable chip per filter, "Clear", and what the area adds after them (Save
// view) or at the far end (a hint). The area keeps the filter; the bar shows its chips and says
// which one went.
class FilterChipBar : public QWidget
{
    Q_OBJECT

public:
    struct Chip
    {
        QString key; // names the chip's button: "chip_<key>"
        QString text;
    };

    explicit FilterChipBar(QWidget *parent = nullptr);

    void setChips(const QList<Chip> &chips);
    // The chips' texts, in order (tests, accessibility).
    QStringList chipTexts() const;
    QToolButton *chip(const QString &key) const;

    QToolButton *addButton() const { return m_add; }
    QMenu *addMenu() const { return m_menu; }
    QToolButton *clearButton() const { return m_clear; }

protected:
    // Fills addMenu() (empty) as it opens, after menuAboutToShow() went out.
    virtual void fillMenu() = 0;
    // After Clear, shown with it (only while there are chips).
    void addWidgetAfterClear(QWidget *widget);
    // At the far right.
    void addWidgetAtEnd(QWidget *widget);

Q_SIGNALS:
    void menuAboutToShow(); // the area may refresh the choices now
    void chipRemoved(const QString &key);
    void clearClicked();

private:
    QHBoxLayout *m_layout;
    QHBoxLayout *m_chips;
    QToolButton *m_add;
    QMenu *m_menu;
    QToolButton *m_clear;
    QList<QWidget *> m_withClear;
    int m_afterClearSlot;
};
