// View › Theme: a choice applies at once (the palette turns dark or light, the action is
// checked), is kept in the settings file and put back on at start; System brings the platform's
// palette back; widgets holding status colours take the new palette's colours.
#include "FieldListPane.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StatusColors.h"
#include "Theme.h"
#include "ThemeMenu.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { Theme::apply(Theme::Mode::System); }
    void choosingDarkTurnsThePaletteDarkAndKeepsIt();
    void choosingLightTurnsThePaletteLight();
    void savedChoiceIsAppliedAtStart();
    void systemBringsThePlatformPaletteBack();
    void themeMenuIsInTheViewMenu();
    void detailColoursFollowThePalette();

private:
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("orgdesk.conf")); }

    QTemporaryDir m_dir;
    QColor m_platformWindow;
};

void TestTheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_platformWindow = QApplication::palette().color(QPalette::Window);
}

void TestTheme::choosingDarkTurnsThePaletteDarkAndKeepsIt()
{
    Settings settings(settingsPath());
    MainWindow window;
    ThemeMenu menu(&window, &settings);
    QVERIFY(menu.action(Theme::Mode::System)->isChecked());

    menu.action(Theme::Mode::Dark)->trigger();

    QVERIFY(StatusColors::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    QVERIFY(menu.action(Theme::Mode::Dark)->isChecked());
    QVERIFY(!menu.action(Theme::Mode::System)->isChecked());
    QCOMPARE(Settings(settingsPath()).value(SettingKeys::theme), QStringLiteral("dark"));
}

void TestTheme::choosingLightTurnsThePaletteLight()
{
    Settings settings(settingsPath());
    MainWindow window;
    ThemeMenu menu(&window, &settings);
    menu.action(Theme::Mode::Dark)->trigger();
    QVERIFY(StatusColors::isDark());

    menu.action(Theme::Mode::Light)->trigger();

    QVERIFY(!StatusColors::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QVERIFY(menu.action(Theme::Mode::Light)->isChecked());
    QVERIFY(!menu.action(Theme::Mode::Dark)->isChecked());
    QCOMPARE(Settings(settingsPath()).value(SettingKeys::theme), QStringLiteral("light"));
}

void TestTheme::savedChoiceIsAppliedAtStart()
{
    {
        Settings settings(settingsPath());
        settings.setValue(SettingKeys::theme, QStringLiteral("dark"));
        QVERIFY(settings.sync());
    }
    ThemeMenu::applySaved(Settings(settingsPath()));
    QVERIFY(StatusColors::isDark());
    QCOMPARE(Theme::current(), Theme::Mode::Dark);

    // The menu of a window made afterwards shows the choice.
    Settings settings(settingsPath());
    MainWindow window;
    ThemeMenu menu(&window, &settings);
    QVERIFY(menu.action(Theme::Mode::Dark)->isChecked());
}

void TestTheme::systemBringsThePlatformPaletteBack()
{
    Theme::apply(Theme::Mode::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window) != m_platformWindow);
    Theme::apply(Theme::Mode::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);
    QCOMPARE(Theme::current(), Theme::Mode::System);
}

void TestTheme::themeMenuIsInTheViewMenu()
{
    Settings settings(settingsPath());
    MainWindow window;
    ThemeMenu themeMenu(&window, &settings);
    auto *view = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    QVERIFY(view->actions().contains(themeMenu.menu()->menuAction()));
    QCOMPARE(themeMenu.menu()->actions().size(), 3);
}

void TestTheme::detailColoursFollowThePalette()
{
    Theme::apply(Theme::Mode::Light);
    FieldListPane pane;
    pane.showFields(QStringLiteral("A key"), {{QStringLiteral("Risk"), QStringLiteral("Never used"),
                                               StatusColors::danger()}});
    auto *text = pane.findChild<QTextBrowser *>(QStringLiteral("detailText"));
    QVERIFY(text);
    const QString lightRed =
        StatusColors::color(StatusColors::Role::Danger, Theme::lightPalette()).name();
    const QString darkRed =
        StatusColors::color(StatusColors::Role::Danger, Theme::darkPalette()).name();
    QVERIFY(text->toHtml().contains(lightRed));

    Theme::apply(Theme::Mode::Dark);

    QVERIFY(text->toHtml().contains(darkRed));
    QVERIFY(!text->toHtml().contains(lightRed));
    QCOMPARE(pane.value(QStringLiteral("Risk")), QStringLiteral("Never used"));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
