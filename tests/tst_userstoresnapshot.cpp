#include "Connection.h"
#include "DirectoryCache.h"
#include "PeopleFixture.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserStore.h"
#include "UserStoreSnapshot.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstring>

// UserStoreSnapshot: the Users area's rows as the directory cache keeps them for a warm start,
// written and read back over the sandbox's people (with more made from them, for several
// chunks); a damaged or foreign snapshot is refused, never half read. The name order the
// Name column compares by row number.
class TestUserStoreSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRowComesBackInNameOrder();
    void damagedChunksAreRefused();
    void appendingKeepsTheNameOrderOnlyWhileItHolds();

private:
    // The sandbox's people, made `copies` times over (new ids), in a shuffled order.
    QList<DirectoryUser> people(int copies) const;
    static QList<QByteArray> chunksOf(const UserStore &store);
    static QByteArray record(const UserStore &store, qsizetype row);

    TestServer m_server;
    QList<DirectoryUser> m_people;
};

void TestUserStoreSnapshot::initTestCase()
{
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 300, 4}));
    Connection connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    m_people = PeopleFixture::loadAll(connection.users());
    QCOMPARE(m_people.size(), 300);
}

QList<DirectoryUser> TestUserStoreSnapshot::people(int copies) const
{
    QList<DirectoryUser> all;
    for (int copy = 0; copy < copies; ++copy) {
        for (DirectoryUser person : m_people) {
            person.accountId += QStringLiteral("-%1").arg(copy);
            all.append(person);
        }
    }
    QRandomGenerator random(7);
    std::shuffle(all.begin(), all.end(), random);
    return all;
}

QList<QByteArray> TestUserStoreSnapshot::chunksOf(const UserStore &store)
{
    UserStoreSnapshot::Writer writer(store);
    QList<QByteArray> chunks;
    for (QByteArray chunk = writer.next(); !chunk.isEmpty(); chunk = writer.next())
        chunks.append(chunk);
    return chunks;
}

// Everything the store keeps of a person, as one comparable value.
QByteArray TestUserStoreSnapshot::record(const UserStore &store, qsizetype row)
{
    return DirectoryCache::encode(store.user(row)) + store.row(row).orderKey;
}

void TestUserStoreSnapshot::everyRowComesBackInNameOrder()
{
    UserStore store;
    for (const DirectoryUser &person : people(30)) // 9,000 people: three chunks of rows
        store.append(person);
    QVERIFY(!store.isInNameOrder());
    const QList<QByteArray> chunks = chunksOf(store);
    QCOMPARE(chunks.size(), 1 + 3);

    UserStoreSnapshot::Reader reader;
    for (const QByteArray &chunk : chunks) {
        QVERIFY(!reader.isComplete());
        QVERIFY(reader.take(chunk));
    }
    QVERIFY(reader.isComplete());
    const UserStore back = reader.takeStore();
    QCOMPARE(back.size(), store.size());
    QVERIFY(back.isInNameOrder());
    const QList<qsizetype> order = store.nameOrder();
    for (qsizetype row = 0; row < back.size(); ++row)
        QCOMPARE(record(back, row), record(store, order.at(row)));
}

void TestUserStoreSnapshot::damagedChunksAreRefused()
{
    UserStore store;
    for (const DirectoryUser &person : people(1))
        store.append(person);
    const QList<QByteArray> chunks = chunksOf(store);
    QCOMPARE(chunks.size(), 2);
    auto reads = [](const QList<QByteArray> &damaged) {
        UserStoreSnapshot::Reader reader;
        for (const QByteArray &chunk : damaged) {
            if (!reader.take(chunk))
                return false;
        }
        return reader.isComplete();
    };
    QVERIFY(reads(chunks));

    QVERIFY(!reads({chunks.at(0)})); // a chunk missing
    QVERIFY(!reads({chunks.at(0), chunks.at(1).chopped(1)}));
    QVERIFY(!reads({chunks.at(0), chunks.at(1) + '\0'}));
    QVERIFY(!reads({chunks.at(0).chopped(2), chunks.at(1)}));
    QByteArray otherOrder = chunks.at(0);
    std::reverse(otherOrder.begin(), otherOrder.begin() + 4); // the magic, byte-swapped
    QVERIFY(!reads({otherOrder, chunks.at(1)}));
    QByteArray fewerTexts = chunks.at(0);
    const quint32 one = 1; // only the empty text: the rows' entries point past the dictionary
    std::memcpy(fewerTexts.data() + 8, &one, sizeof one);
    fewerTexts.truncate(12 + 4);
    QVERIFY(!reads({fewerTexts, chunks.at(1)}));
    QVERIFY(!reads({chunks.at(1), chunks.at(0)}));
    // Every length a chunk of rows can be cut to is refused, none read past its end.
    for (qsizetype size = 0; size < chunks.at(1).size(); size += 97)
        QVERIFY(!reads({chunks.at(0), chunks.at(1).left(size)}));
}

void TestUserStoreSnapshot::appendingKeepsTheNameOrderOnlyWhileItHolds()
{
    const QList<DirectoryUser> all = people(1);
    UserStore sorted;
    for (const DirectoryUser &person : all)
        sorted.append(person);
    sorted.sortByName();
    QVERIFY(sorted.isInNameOrder());

    // Appended in that order, the store knows it is in order; one out of place ends it.
    UserStore store;
    for (qsizetype row = 0; row < sorted.size(); ++row)
        store.append(sorted.user(row));
    QVERIFY(store.isInNameOrder());
    store.remove(10, 20);
    QVERIFY(store.isInNameOrder());
    DirectoryUser renamed = store.user(5);
    store.replace(5, renamed); // the same name: still in order
    QVERIFY(store.isInNameOrder());
    renamed.nickname = QStringLiteral("zzz ") + renamed.nickname;
    store.replace(5, renamed);
    QVERIFY(!store.isInNameOrder());
    store.sortByName();
    QVERIFY(store.isInNameOrder());
    store.append(store.user(0)); // before the last by name
    QVERIFY(!store.isInNameOrder());

    const QList<qsizetype> descending = sorted.sortByName(true);
    QVERIFY(!sorted.isInNameOrder());
    QCOMPARE(descending.first(), sorted.size() - 1);
    for (qsizetype row = 1; row < sorted.size(); ++row)
        QVERIFY(UserStore::compareNames(sorted.row(row - 1), sorted.row(row)) > 0);
}

QTEST_GUILESS_MAIN(TestUserStoreSnapshot)
#include "tst_userstoresnapshot.moc"
