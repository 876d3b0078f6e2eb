#include "WindowKeys.h"

#include "Areas.h"
#include "MainWindow.h"
#include "ShortcutSheet.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

WindowKeys::WindowKeys(MainWindow *window) : QObject(window), m_window(window)
{
    addGoMenu();
    addSheetAction();
}

void WindowKeys::addGoMenu()
{
    auto *go = new QMenu(tr("&Go"), m_window);
    go->setObjectName(QStringLiteral("goMenu"));
    const QList<AreaDefinition> areas = Areas::all();
    for (int i = 0; i < areas.size(); ++i) {
        const QString key = areas.at(i).key;
        QAction *open = go->addAction(areas.at(i).icon, areas.at(i).title, m_window,
                                      [this, key] { m_window->showArea(key); });
        open->setObjectName(QStringLiteral("go_") + key);
        if (i < 10) // Ctrl+1 to Ctrl+9, then Ctrl+0 for the tenth, as the number row goes
            open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }
    QMenu *help = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    m_window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, go);
}

void WindowKeys::addSheetAction()
{
    QMenu *help = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    if (!help)
        return;
    auto *sheet = new QAction(tr("&Keyboard shortcuts"), help);
    sheet->setObjectName(QStringLiteral("shortcutSheetAction"));
    sheet->setShortcut(QKeySequence::HelpContents);
    connect(sheet, &QAction::triggered, this, &WindowKeys::showSheet);
    help->insertAction(help->actions().value(0), sheet);
}

void WindowKeys::showSheet()
{
    if (auto *open = m_window->findChild<ShortcutSheet *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *sheet = new ShortcutSheet(m_window);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->show();
}
