#include "CsvRecord.h"

#include <QTest>

// CSV fields: RFC 4180 quoting, and no field that a spreadsheet would run as a formula.
class TestCsvRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("Aiko Tanaka") << QByteArray("Aiko Tanaka");
        QTest::newRow("comma") << QStringLiteral("Tanaka, Aiko") << QByteArray("\"Tanaka, Aiko\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("utf-8") << QStringLiteral("Nguyễn Văn An")
                               << QStringLiteral("Nguyễn Văn An").toUtf8();
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")")
                                 << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1 555") << QByteArray("'+1 555");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
        QTest::newRow("formula sign inside") << QStringLiteral("a=b") << QByteArray("a=b");
        QTest::newRow("empty") << QString() << QByteArray();
    }

    void field()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(CsvRecord::field(text), expected);
    }

    void recordEndsWithCrLf()
    {
        QCOMPARE(CsvRecord::record({QStringLiteral("a"), QString(), QStringLiteral("=b")}),
                 QByteArray("a,,'=b\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvRecord)
#include "tst_csvrecord.moc"
