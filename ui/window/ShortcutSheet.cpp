#include "ShortcutSheet.h"

#include "AreaPane.h"
#include "Areas.h"
#include "MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// "Re&move from directory…" → "Remove from directory…"; "&&" stays one "&".
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

bool hasKeys(const QAction *action)
{
    return !action->shortcuts().isEmpty() && !action->text().isEmpty() && !action->isSeparator();
}

// The actions of the menus, depth first, in the order the menus show them.
void addMenuActions(const QList<QAction *> &actions, QList<QAction *> *found)
{
    for (QAction *action : actions) {
        if (QMenu *menu = action->menu())
            addMenuActions(menu->actions(), found);
        else if (hasKeys(action) && !found->contains(action))
            found->append(action);
    }
}

const AreaPane *paneOf(const QObject *object)
{
    for (; object; object = object->parent()) {
        if (auto *pane = qobject_cast<const AreaPane *>(object))
            return pane;
    }
    return nullptr;
}

QList<ShortcutSheet::Entry> entriesOf(const QList<QAction *> &actions)
{
    QList<ShortcutSheet::Entry> entries;
    for (const QAction *action : actions)
        entries.append({withoutMnemonic(action->text()), keysOf(action)});
    return entries;
}

} // namespace

QList<ShortcutSheet::Section> ShortcutSheet::collect(const MainWindow *window)
{
    QList<QAction *> windowActions;
    addMenuActions(window->menuBar()->actions(), &windowActions);
    for (QAction *action : window->findChildren<QAction *>()) {
        if (hasKeys(action) && !paneOf(action) && !windowActions.contains(action))
            windowActions.append(action);
    }
    QList<Section> sections{{tr("Window"), entriesOf(windowActions)}};

    const AreaPane *pane = window->pane(window->currentArea());
    if (!pane)
        return sections;
    QList<QAction *> areaActions;
    for (QAction *action : pane->findChildren<QAction *>()) {
        if (hasKeys(action))
            areaActions.append(action);
    }
    QString title = window->currentArea();
    for (const AreaDefinition &area : Areas::all()) {
        if (area.key == title)
            title = area.title;
    }
    sections.append({title, entriesOf(areaActions)});
    return sections;
}

ShortcutSheet::ShortcutSheet(MainWindow *window) : QDialog(window), m_view(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_view->setObjectName(QStringLiteral("shortcutList"));
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Action"), tr("Keys")});
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (const Section &section : collect(window)) {
        auto *heading = new QTreeWidgetItem(m_view, {section.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (const Entry &entry : section.entries)
            new QTreeWidgetItem(heading, {entry.text, entry.keys});
    }
    m_view->expandAll();
    m_view->setItemsExpandable(false);
    m_view->resizeColumnToContents(0);
    m_view->setColumnWidth(0, m_view->columnWidth(0) + 24);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(520, 560);
}
