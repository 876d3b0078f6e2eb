#include "JobJournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The job journal as the app finds it on start: cut short by a crash, or edited by hand. Found
// by fuzz/fuzz_journal.cpp: a journal whose items were edited was resumed on other people.
class TestJobJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsWhatItWrote();
    void cutShortAnywhereNeverCrashes();
    void editedJournalIsNotResumed_data();
    void editedJournalIsNotResumed();
    void changeLinesOfAnOlderVersionStillRead();

private:
    QString path() const { return m_directory->filePath(u"job-1.jsonl"_qs); }
    QByteArray written() const;
    void write(const QByteArray &text) const;

    std::unique_ptr<QTemporaryDir> m_directory;
    JobSpec m_spec;
    QList<JobItem> m_items;
};

void TestJobJournal::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_spec = {};
    m_spec.id = u"job-1"_qs;
    m_spec.operation = u"users.suspend"_qs;
    m_spec.orgId = u"org-1"_qs;
    m_items = {{u"557057:aaaa-1111"_qs, u"ann@example.com"_qs},
               {u"557057:bbbb-2222"_qs, u"bob@example.com"_qs},
               {u"5b10ac8d82e05b22cc7d4ef5"_qs, u"cy@example.com"_qs}};
    JobJournal journal(m_directory->path());
    QVERIFY(journal.create(m_spec, m_items));
    JobItem done = m_items.at(0);
    done.state = JobItem::State::Done;
    journal.recordItem(m_spec.id, 0, done);
    JobItem running = m_items.at(1);
    running.state = JobItem::State::Running;
    journal.recordItem(m_spec.id, 1, running);
}

QByteArray TestJobJournal::written() const
{
    QFile file(path());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestJobJournal::write(const QByteArray &text) const
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

void TestJobJournal::readsWhatItWrote()
{
    bool ok = false;
    const JobJournal::Entry entry = JobJournal::read(path(), &ok);
    QVERIFY(ok);
    QCOMPARE(entry.spec.id, m_spec.id);
    QCOMPARE(entry.items.size(), 3);
    QCOMPARE(entry.items.at(0).state, JobItem::State::Done);
    QCOMPARE(entry.items.at(1).state, JobItem::State::Pending);
    QVERIFY(entry.items.at(1).interrupted);
    QCOMPARE(entry.items.at(2).state, JobItem::State::Pending);
}

void TestJobJournal::cutShortAnywhereNeverCrashes()
{
    const QByteArray whole = written();
    for (qsizetype length = 0; length < whole.size(); ++length) {
        write(whole.left(length));
        bool ok = false;
        const JobJournal::Entry entry = JobJournal::read(path(), &ok);
        // Until the first line is whole there is no job; after it, the people are all there.
        if (ok)
            QCOMPARE(entry.items.size(), 3);
    }
}

void TestJobJournal::editedJournalIsNotResumed_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    // Two people swapped in the header: the "done" line now speaks of someone else.
    QTest::newRow("items reordered")
        << QByteArray("\"557057:aaaa-1111\",\"label\":\"ann@example.com\"")
        << QByteArray("\"557057:bbbb-2222\",\"label\":\"ann@example.com\"");
    QTest::newRow("id emptied") << QByteArray("\"id\":\"5b10ac8d82e05b22cc7d4ef5\"")
                                << QByteArray("\"id\":\"\"");
    // An id that changes the request's path would act on someone else.
    QTest::newRow("id with a path") << QByteArray("\"id\":\"5b10ac8d82e05b22cc7d4ef5\"")
                                    << QByteArray("\"id\":\"x/../5b10ac8d82e05b22cc7d4ef6\"");
    QTest::newRow("id with a query")
        << QByteArray("\"id\":\"5b10ac8d82e05b22cc7d4ef5\"") << QByteArray("\"id\":\"5b10?x=1\"");
    // A copy under another name: its lines would be written to the other job's file.
    QTest::newRow("job id not its file")
        << QByteArray("\"id\":\"job-1\"") << QByteArray("\"id\":\"job-2\"");
}

void TestJobJournal::editedJournalIsNotResumed()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QByteArray text = written();
    QVERIFY(text.contains(from));
    write(text.replace(from, to));

    bool ok = true;
    JobJournal::read(path(), &ok);
    QVERIFY(!ok);
    QVERIFY(JobJournal(m_directory->path()).unfinished().isEmpty());
}

void TestJobJournal::changeLinesOfAnOlderVersionStillRead()
{
    // Before the id was written with each change: {"i", "s", "r"} only.
    QByteArray text = written();
    const QList<QByteArray> lines = text.split('\n');
    write(lines.at(0) + "\n{\"i\":0,\"r\":\"\",\"s\":\"done\"}\n");
    bool ok = false;
    const JobJournal::Entry entry = JobJournal::read(path(), &ok);
    QVERIFY(ok);
    QCOMPARE(entry.items.at(0).state, JobItem::State::Done);
}

QTEST_GUILESS_MAIN(TestJobJournal)
#include "tst_jobjournal.moc"
