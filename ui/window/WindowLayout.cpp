#include "WindowLayout.h"

#include "AreaPane.h"
#include "Connection.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace {

QByteArray fromText(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1());
}

QString toText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QHeaderView *columnsHeader(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

// The tables of a pane that can be told apart by name, with their column headers.
QList<QPair<QString, QHeaderView *>> namedHeaders(AreaPane *pane)
{
    QList<QPair<QString, QHeaderView *>> headers;
    const QList<QAbstractItemView *> views = pane->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (view->objectName().isEmpty())
            continue;
        if (QHeaderView *header = columnsHeader(view))
            headers.append({view->objectName(), header});
    }
    return headers;
}

QString viewGroup(const QString &areaKey, const QString &viewName)
{
    return QStringLiteral("layout/%1/%2").arg(areaKey, viewName);
}

} // namespace

WindowLayout::WindowLayout(MainWindow *window, Settings *settings)
    : QObject(window), m_window(window), m_settings(settings)
{
    restoreWindow();
    window->installEventFilter(this);
    connect(window, &MainWindow::paneCreated, this, &WindowLayout::restorePane);
    // A new connection drops the old panes: keep what they looked like first.
    connect(window, &MainWindow::connectionChanged, this, &WindowLayout::savePanes);
}

void WindowLayout::restoreWindow()
{
    const QByteArray geometry = fromText(m_settings->value(SettingKeys::windowGeometry));
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    const QByteArray state = fromText(m_settings->value(SettingKeys::windowState));
    if (!state.isEmpty())
        m_window->restoreState(state);
    if (auto *workspace = m_window->findChild<QSplitter *>(QStringLiteral("workspace"))) {
        const QByteArray sizes = fromText(m_settings->value(SettingKeys::workspaceSplitter));
        if (!sizes.isEmpty())
            workspace->restoreState(sizes);
    }
}

void WindowLayout::restorePane(const QString &key, AreaPane *pane)
{
    m_panes.append({key, pane});
    for (const auto &[name, header] : namedHeaders(pane)) {
        const QByteArray state =
            fromText(m_settings->value(SettingKeys::columnsState, viewGroup(key, name)));
        if (!state.isEmpty())
            header->restoreState(state);
    }
}

void WindowLayout::savePanes()
{
    for (const auto &[key, pane] : std::as_const(m_panes)) {
        if (!pane)
            continue;
        for (const auto &[name, header] : namedHeaders(pane)) {
            m_settings->setValue(SettingKeys::columnsState, toText(header->saveState()),
                                 viewGroup(key, name));
        }
    }
    m_panes.removeIf([](const auto &entry) { return entry.second.isNull(); });
}

void WindowLayout::save()
{
    m_settings->setValue(SettingKeys::windowGeometry, toText(m_window->saveGeometry()));
    m_settings->setValue(SettingKeys::windowState, toText(m_window->saveState()));
    if (auto *workspace = m_window->findChild<QSplitter *>(QStringLiteral("workspace")))
        m_settings->setValue(SettingKeys::workspaceSplitter, toText(workspace->saveState()));
    savePanes();
    m_settings->sync();
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}
