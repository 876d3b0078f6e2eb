#include "HeaderMenu.h"

#include <QHeaderView>
#include <QMenu>

void installColumnMenu(QHeaderView *header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        header, &QHeaderView::customContextMenuRequested, header, [header](const QPoint &position) {
            auto *menu = new QMenu(header);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            QAbstractItemModel *model = header->model();
            for (int column = 1; column < header->count(); ++column) {
                QAction *action =
                    menu->addAction(model->headerData(column, header->orientation()).toString());
                action->setCheckable(true);
                action->setChecked(!header->isSectionHidden(column));
                QObject::connect(action, &QAction::toggled, header, [header, column](bool shown) {
                    header->setSectionHidden(column, !shown);
                });
            }
            menu->popup(header->mapToGlobal(position));
        });
}
