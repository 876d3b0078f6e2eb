#include "RateLimitGate.h"

#include <QTest>

// How long the client waits after a 429 and how it spaces calls near the end of a budget.
class TestRateLimitGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfter_data();
    void retryAfter();
    void waitPrefersRetryAfterThenResetThenBackoff();
    void backoffGrowsAndIsCapped();
    void spacingOnlyNearTheEndOfTheBudget();

private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(12, 0, 0), Qt::UTC);
    RateLimitGate gate(const RetryPolicy &policy = {}) const
    {
        const QDateTime now = m_now;
        return RateLimitGate(policy, [now] { return now; });
    }
};

void TestRateLimitGate::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
    QTest::newRow("fraction") << QByteArray("0.5") << qint64(500);
    QTest::newRow("http date") << QByteArray("Sun, 29 Nov 2026 12:00:07 GMT") << qint64(7000);
    QTest::newRow("date in the past") << QByteArray("Sun, 29 Nov 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    // Found by fuzz/fuzz_ratelimit.cpp: a number too large for milliseconds was undefined.
    const qint64 year = qint64(365) * 24 * 3600 * 1000;
    QTest::newRow("too many digits") << QByteArray(117, '1') << year;
    QTest::newRow("huge exponent") << QByteArray("1e300") << year;
    QTest::newRow("negative") << QByteArray("-1e300") << qint64(0);
    QTest::newRow("infinity") << QByteArray("inf") << year;
    QTest::newRow("not a number") << QByteArray("nan") << qint64(-1);
}

void TestRateLimitGate::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    QCOMPARE(RateLimitGate::parseRetryAfterMs(value, m_now), expectedMs);
}

void TestRateLimitGate::waitPrefersRetryAfterThenResetThenBackoff()
{
    const RateLimitGate g = gate();
    QCOMPARE(g.waitAfterRateLimit({"2", "100", "0", "2026-11-29T12:00:30Z"}, 1), qint64(2000));
    QCOMPARE(g.waitAfterRateLimit({{}, "100", "0", "2026-11-29T12:00:04Z"}, 1), qint64(4000));
    // Retry-After counts whole seconds: a window that resets sooner, to the millisecond, wins.
    QCOMPARE(g.waitAfterRateLimit({"1", "50", "0", "2026-11-29T12:00:00.120Z"}, 1), qint64(120));
    const qint64 backoff = g.waitAfterRateLimit({}, 1);
    QVERIFY2(backoff >= 250 && backoff <= 500, qPrintable(QString::number(backoff)));
}

void TestRateLimitGate::backoffGrowsAndIsCapped()
{
    RetryPolicy policy;
    policy.baseBackoffMs = 100;
    policy.maxBackoffMs = 1000;
    const RateLimitGate g = gate(policy);
    for (int i = 0; i < 20; ++i) {
        const qint64 third = g.backoff(3); // 400 ms nominal: between 200 and 400
        QVERIFY(third >= 200 && third <= 400);
        const qint64 tenth = g.backoff(10); // capped at 1000: between 500 and 1000
        QVERIFY(tenth >= 500 && tenth <= 1000);
    }
}

void TestRateLimitGate::spacingOnlyNearTheEndOfTheBudget()
{
    const RateLimitGate g = gate();
    QCOMPARE(g.spacingFor({{}, "100", "50", "2026-11-29T12:01:00Z"}), qint64(0));
    QCOMPARE(g.spacingFor({{}, "100", "9", "2026-11-29T12:01:00Z"}), qint64(6000));
    QCOMPARE(g.spacingFor({{}, {}, {}, {}}), qint64(0));
    // Calls in flight spend the budget too: 12 left, 5 on their way, 7 to spread over 60 s.
    QCOMPARE(g.spacingFor({{}, "100", "12", "2026-11-29T12:01:00Z"}, 5), qint64(7500));
    // Nothing left once they land: wait for the reset (no single wait over maxBackoffMs).
    QCOMPARE(g.spacingFor({{}, "100", "3", "2026-11-29T12:01:00Z"}, 6), qint64(30000));
}

QTEST_GUILESS_MAIN(TestRateLimitGate)
#include "tst_ratelimitgate.moc"
