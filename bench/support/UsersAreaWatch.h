#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class ListAreaPane;
class QAbstractItemModel;
class QWidget;

// Watches a window open the Users area and says when each stage a person sees is reached: the
// window exposed, the first rows painted, and every expected person in the table. A stage is
// reported once, by name, as it happens.
class UsersAreaWatch : public QObject
{
    Q_OBJECT

public:
    using Report = std::function<void(const char *stage)>;

    UsersAreaWatch(QWidget *window, int expectedPeople, Report report);

    // Starts watching the area's table (call when the area exists).
    void watchPane(ListAreaPane *pane);
    bool allRowsShown() const { return m_allRowsShown; }

Q_SIGNALS:
    void allRowsReached();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void checkAllRows();

    QPointer<QWidget> m_window;
    QPointer<ListAreaPane> m_pane;
    QAbstractItemModel *m_rows = nullptr; // the area's own model, under the proxies
    int m_expectedPeople;
    Report m_report;
    bool m_windowShown = false;
    bool m_firstRowsShown = false;
    bool m_allRowsShown = false;
};
