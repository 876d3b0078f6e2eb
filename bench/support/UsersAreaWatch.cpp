#include "UsersAreaWatch.h"

#include "ListAreaPane.h"
#include "PagedTableModel.h"

#include <QEvent>
#include <QTableView>
#include <QTimer>
#include <QWidget>
#include <QWindow>

UsersAreaWatch::UsersAreaWatch(QWidget *window, int expectedPeople, Report report)
    : QObject(window), m_window(window), m_expectedPeople(expectedPeople),
      m_report(std::move(report))
{
    window->winId(); // makes the QWindow the expose event arrives at
    window->windowHandle()->installEventFilter(this);
}

void UsersAreaWatch::watchPane(ListAreaPane *pane)
{
    m_pane = pane;
    m_rows = pane->pagedModel();
    pane->view()->viewport()->installEventFilter(this);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_rows, signal, this, &UsersAreaWatch::checkAllRows);
    connect(m_rows, &QAbstractItemModel::modelReset, this, &UsersAreaWatch::checkAllRows);
    connect(m_rows, &QAbstractItemModel::layoutChanged, this, &UsersAreaWatch::checkAllRows);
    checkAllRows();
}

bool UsersAreaWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_windowShown && event->type() == QEvent::Expose && m_window &&
        watched == m_window->windowHandle() && m_window->windowHandle()->isExposed()) {
        m_windowShown = true;
        m_report("window");
    }
    if (!m_firstRowsShown && event->type() == QEvent::Paint && m_pane &&
        watched == m_pane->view()->viewport() && m_pane->view()->model()->rowCount() > 0) {
        m_firstRowsShown = true;
        m_report("first-rows");
    }
    return QObject::eventFilter(watched, event);
}

void UsersAreaWatch::checkAllRows()
{
    if (m_allRowsShown || !m_rows || m_rows->rowCount() < m_expectedPeople)
        return;
    m_allRowsShown = true;
    // Shown once the view has taken the rows in: after the events the insertion posted.
    QTimer::singleShot(0, this, [this] {
        m_report("all-rows");
        Q_EMIT allRowsReached();
    });
}
