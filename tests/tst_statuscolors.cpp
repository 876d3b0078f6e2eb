// Status colours from one place: each role has a light and a dark variant, different from each
// other, each readable (contrast at least 3:1) on its palette's window and table colours; the
// soft tints and the solid fills carry text readable on them; the application's palette picks
// the variant.
#include "StatusColors.h"
#include "Theme.h"

#include <QApplication>
#include <QTest>

using StatusColors::Role;

Q_DECLARE_METATYPE(StatusColors::Role)

class TestStatusColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Theme::apply(Theme::Mode::System); }
    void readableOnBothPalettes_data();
    void readableOnBothPalettes();
    void tintsAndFillsCarryReadableText_data() { readableOnBothPalettes_data(); }
    void tintsAndFillsCarryReadableText();
    void followsTheApplicationPalette();
    void refreshedTurnsAKeptColourIntoTheCurrentOne();
};

void TestStatusColors::readableOnBothPalettes_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("danger") << Role::Danger;
    QTest::newRow("warning") << Role::Warning;
    QTest::newRow("ok") << Role::Ok;
    QTest::newRow("info") << Role::Info;
    QTest::newRow("muted") << Role::Muted;
}

void TestStatusColors::readableOnBothPalettes()
{
    QFETCH(Role, role);
    const QPalette light = Theme::lightPalette();
    const QPalette dark = Theme::darkPalette();
    QVERIFY(!StatusColors::isDark(light));
    QVERIFY(StatusColors::isDark(dark));

    const QColor onLight = StatusColors::color(role, light);
    const QColor onDark = StatusColors::color(role, dark);
    QVERIFY(onLight.isValid());
    QVERIFY(onDark.isValid());
    QVERIFY(onLight != onDark);
    for (QPalette::ColorRole background :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
        const double lightRatio = StatusColors::contrast(onLight, light.color(background));
        const double darkRatio = StatusColors::contrast(onDark, dark.color(background));
        QVERIFY2(lightRatio >= 3.0, qPrintable(QString::number(lightRatio)));
        QVERIFY2(darkRatio >= 3.0, qPrintable(QString::number(darkRatio)));
    }
}

void TestStatusColors::tintsAndFillsCarryReadableText()
{
    QFETCH(Role, role);
    for (const QPalette &palette : {Theme::lightPalette(), Theme::darkPalette()}) {
        const StatusColors::Tint tint = StatusColors::tint(role, palette);
        QVERIFY(StatusColors::contrast(tint.text, tint.background) >= 4.5);
    }
    const StatusColors::Tint lightTint = StatusColors::tint(role, Theme::lightPalette());
    const StatusColors::Tint darkTint = StatusColors::tint(role, Theme::darkPalette());
    QVERIFY(lightTint.background != darkTint.background);
    // A tint sits close to its palette's window colour: light on light, dark on dark.
    QVERIFY(lightTint.background.lightness() > 200);
    QVERIFY(darkTint.background.lightness() < 100);

    const StatusColors::Tint solid = StatusColors::solid(role);
    QVERIFY(StatusColors::contrast(solid.text, solid.background) >= 4.5);
}

void TestStatusColors::followsTheApplicationPalette()
{
    Theme::apply(Theme::Mode::Dark);
    QCOMPARE(StatusColors::danger(), StatusColors::color(Role::Danger, Theme::darkPalette()));
    Theme::apply(Theme::Mode::Light);
    QCOMPARE(StatusColors::danger(), StatusColors::color(Role::Danger, Theme::lightPalette()));
}

void TestStatusColors::refreshedTurnsAKeptColourIntoTheCurrentOne()
{
    const QColor keptLight = StatusColors::color(Role::Warning, Theme::lightPalette());
    Theme::apply(Theme::Mode::Dark);
    QCOMPARE(StatusColors::refreshed(keptLight), StatusColors::warning());
    const QColor data(0x12, 0x34, 0x56); // a level's own colour is not a status colour
    QCOMPARE(StatusColors::refreshed(data), data);
}

QTEST_MAIN(TestStatusColors)
#include "tst_statuscolors.moc"
