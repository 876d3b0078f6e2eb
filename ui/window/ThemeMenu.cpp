#include "ThemeMenu.h"

#include "Settings.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

ThemeMenu::ThemeMenu(QMainWindow *window, Settings *settings)
    : QObject(window), m_menu(new QMenu(tr("&Theme"), window)), m_group(new QActionGroup(this)),
      m_settings(settings)
{
    m_menu->setObjectName(QStringLiteral("themeMenu"));
    m_group->setExclusive(true);
    const struct
    {
        Theme::Mode mode;
        QString text;
    } choices[] = {{Theme::Mode::System, tr("&System")},
                   {Theme::Mode::Light, tr("&Light")},
                   {Theme::Mode::Dark, tr("&Dark")}};
    for (const auto &choice : choices) {
        QAction *action = m_menu->addAction(choice.text);
        action->setObjectName(QStringLiteral("theme_") + Theme::toKey(choice.mode));
        action->setCheckable(true);
        action->setChecked(choice.mode == Theme::current());
        action->setData(int(choice.mode));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = choice.mode] { choose(mode); });
    }
    if (auto *view = window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addMenu(m_menu);
    }
}

void ThemeMenu::applySaved(const Settings &settings)
{
    Theme::apply(Theme::fromKey(settings.value(SettingKeys::theme)));
}

QAction *ThemeMenu::action(Theme::Mode mode) const
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toInt() == int(mode))
            return action;
    }
    return nullptr;
}

void ThemeMenu::choose(Theme::Mode mode)
{
    if (QAction *chosen = action(mode))
        chosen->setChecked(true);
    Theme::apply(mode);
    m_settings->setValue(SettingKeys::theme, Theme::toKey(mode));
    m_settings->sync();
}
