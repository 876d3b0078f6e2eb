// Orgdesk's icon set: every icon of resources/icons loads, and draws something at 16 and 32 px
// (and at 2x); the areas, the actions and the job states all have one.
#include "Icons.h"

#include <QIcon>
#include <QImage>
#include <QTest>

namespace {

// Whether the pixmap has at least one pixel that is not transparent.
bool drawsSomething(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Icons::area(QStringLiteral("users")); } // opens the resources
    void everyFileLoads_data();
    void everyFileLoads();
    void everyAreaHasAnIcon();
    void everyActionAndStateHasAnIcon();
    void jobsShowTheirStateAsAWhole();
};

void TestIcons::everyFileLoads_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = Icons::resourcePaths();
    QCOMPARE(paths.size(), 10 + 9 + 6); // areas (Overview first), actions, job states
    for (const QString &path : paths)
        QTest::newRow(qPrintable(path)) << path;
}

void TestIcons::everyFileLoads()
{
    QFETCH(QString, path);
    const QIcon icon(path);
    QVERIFY(!icon.isNull());
    for (int size : {16, 32}) {
        const QPixmap pixmap = icon.pixmap(size, size);
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size(), QSize(size, size));
        QVERIFY2(drawsSomething(pixmap), qPrintable(QStringLiteral("%1 px").arg(size)));
    }
    // HiDPI: drawn again at twice the pixels, not scaled up.
    const QPixmap sharp = icon.pixmap(QSize(16, 16), 2.0);
    QCOMPARE(sharp.size(), QSize(32, 32));
}

void TestIcons::everyAreaHasAnIcon()
{
    for (const QString &key : Icons::areaKeys()) {
        const QIcon icon = Icons::area(key);
        QVERIFY2(!icon.isNull(), qPrintable(key));
        QVERIFY2(!icon.pixmap(16, 16).isNull(), qPrintable(key));
    }
    QVERIFY(Icons::area(QStringLiteral("nowhere")).isNull());
}

void TestIcons::everyActionAndStateHasAnIcon()
{
    for (int action = 0; action <= int(Icons::Action::Restore); ++action) {
        const QIcon icon = Icons::action(Icons::Action(action));
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(16, 16).isNull());
    }
    for (int state = 0; state <= int(Icons::JobState::Cancelled); ++state) {
        const QIcon icon = Icons::jobState(Icons::JobState(state));
        QVERIFY(!icon.isNull());
        QVERIFY(drawsSomething(icon.pixmap(16, 16)));
    }
}

void TestIcons::jobsShowTheirStateAsAWhole()
{
    const auto key = [](const QIcon &icon) { return icon.pixmap(16, 16).toImage(); };
    QCOMPARE(key(Icons::jobState(BulkJob::Status::Finished, true)),
             key(Icons::jobState(Icons::JobState::Failed)));
    QCOMPARE(key(Icons::jobState(BulkJob::Status::Finished, false)),
             key(Icons::jobState(Icons::JobState::Done)));
    QCOMPARE(key(Icons::jobState(BulkJob::Status::Cancelled, false)),
             key(Icons::jobState(Icons::JobState::Cancelled)));
    QCOMPARE(key(Icons::jobState(JobItem::State::Skipped)),
             key(Icons::jobState(Icons::JobState::Skipped)));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
