#pragma once

#include <QStringList>
#include <QToolButton>

class QMenu;

// "Status: All ▾": a menu of checkable user statuses. Nothing checked means every status.
class StatusFilterButton : public QToolButton
{
    Q_OBJECT

public:
    explicit StatusFilterButton(QWidget *parent = nullptr);

    // The API's values of the checked statuses (active, suspended...); empty: all.
    QStringList statuses() const;
    void setStatuses(const QStringList &statuses);

Q_SIGNALS:
    void statusesChanged(const QStringList &statuses);

private:
    void updateText();

    QMenu *m_menu;
};
