#include "StatusFilterButton.h"

#include "Icons.h"
#include "UserText.h"

#include <QMenu>

StatusFilterButton::StatusFilterButton(QWidget *parent)
    : QToolButton(parent), m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("statusFilter"));
    setPopupMode(QToolButton::InstantPopup);
    setIcon(Icons::action(Icons::Action::Filter));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setToolTip(tr("Show only people with these statuses"));
    const QStringList values = {QStringLiteral("active"), QStringLiteral("suspended"),
                                QStringLiteral("not_invited"), QStringLiteral("deactivated"),
                                QStringLiteral("for_deletion")};
    for (const QString &value : values) {
        QAction *action = m_menu->addAction(UserText::status(value));
        action->setData(value);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT statusesChanged(statuses());
        });
    }
    m_menu->addSeparator();
    QAction *all = m_menu->addAction(tr("Show all statuses"));
    connect(all, &QAction::triggered, this, [this] {
        if (statuses().isEmpty())
            return;
        setStatuses({});
        Q_EMIT statusesChanged({});
    });
    setMenu(m_menu);
    updateText();
}

QStringList StatusFilterButton::statuses() const
{
    QStringList checked;
    for (const QAction *action : m_menu->actions()) {
        if (action->isChecked())
            checked.append(action->data().toString());
    }
    return checked;
}

void StatusFilterButton::setStatuses(const QStringList &statuses)
{
    for (QAction *action : m_menu->actions()) {
        if (!action->isCheckable())
            continue;
        const QSignalBlocker blocker(action);
        action->setChecked(statuses.contains(action->data().toString()));
    }
    updateText();
}

void StatusFilterButton::updateText()
{
    const QStringList checked = statuses();
    if (checked.isEmpty())
        setText(tr("Status: All"));
    else if (checked.size() == 1)
        setText(tr("Status: %1").arg(UserText::status(checked.first())));
    else
        setText(tr("Status: %1 selected").arg(checked.size()));
}
