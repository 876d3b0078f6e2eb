#pragma once

#include "DirectoryUser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

// The loaded users, kept compact: 100,000 people must fit in a few dozen megabytes. The strings
// unique to a person (id, name, e-mail) are kept as they are; everything that repeats across
// people (statuses, departments, product keys, sites) is a number into one dictionary.
class UserStore
{
public:
    using TextId = quint32;
    static constexpr qint64 noTime = std::numeric_limits<qint64>::min();

    struct Access
    {
        TextId key = 0;
        TextId site = 0;
        qint64 lastActiveMs = noTime;
    };

    struct Row
    {
        QString accountId;
        QString name;
        QString nickname;
        // NicknameOrder::rowKey() in UTF-8 (half the memory, compared byte by byte): the Name
        // column sorts as the server does.
        QByteArray orderKey;
        QString email;
        qint64 addedToOrgMs = noTime;
        qint64 deactivatedOnMs = noTime;
        qint64 lastActiveMs = noTime; // the latest over all products
        TextId accountType = 0;
        TextId status = 0;
        TextId accountStatus = 0;
        TextId membershipStatus = 0;
        TextId claimStatus = 0;
        TextId managementSource = 0;
        TextId jobTitle = 0;
        TextId department = 0;
        TextId organization = 0;
        TextId location = 0;
        TextId timeZone = 0;
        TextId platformRoles = 0; // the roles joined with '\n'
        quint32 firstAccess = 0;  // into the access list
        quint32 searchAt = 0;     // into the search text
        quint16 searchLength = 0;
        quint16 accessCount = 0;
        qint16 resourceCount = -1;
        qint8 mfa = -1; // -1 unknown, 0 off, 1 on
        bool emailVerified = false;
    };

    UserStore();

    void clear();
    void reserve(qsizetype rows);
    void append(const DirectoryUser &user);
    // A person's row again, from newer data (a refresh); the row's old product entries stay
    // unused in the access list until clear().
    void replace(qsizetype index, const DirectoryUser &user);
    void remove(qsizetype first, qsizetype last);
    // Puts the rows in the order of `keys` (one per row; equal keys keep their order).
    void sortByKeys(const QList<qint64> &keys);
    // Puts the rows in the Name column's order (compareNames), or its reverse; returns where
    // each row was (the row now at i was at order[i]).
    QList<qsizetype> sortByName(bool descending = false);
    // The rows' numbers in the Name column's order, the store left as it is.
    QList<qsizetype> nameOrder(bool descending = false) const;
    // Whether each row comes before the next by compareNames(): the Name column then compares
    // row numbers. Appending keeps it while the rows come in that order (a listing sorted by
    // the server); a changed name or sortByKeys() ends it.
    bool isInNameOrder() const { return m_inNameOrder; }
    // The Name column's order: as the server sorts (NicknameOrder::rowKey), then account ids.
    static int compareNames(const Row &a, const Row &b);
    // Whether the row already says everything `user` says (a refresh changes nothing in it).
    bool holds(qsizetype index, const DirectoryUser &user) const;

    // The dictionary and the rows as they are, for UserStoreSnapshot.
    const QStringList &texts() const { return m_texts; }
    void setTexts(const QStringList &texts); // texts[0] must be the empty string
    // A row read back with its `row.accessCount` product entries (firstAccess is set here).
    void appendRow(Row row, const Access *access);

    qsizetype size() const { return m_rows.size(); }
    const Row &row(qsizetype index) const { return m_rows.at(index); }
    const QString &text(TextId id) const { return m_texts.at(id); }
    const Access &access(quint32 index) const { return m_access.at(index); }
    // The row's name, nickname and e-mail case-folded, in UTF-8, apart by U+0001: what the
    // search looks in (UserRowMatch), kept once instead of folded at every keystroke.
    QByteArrayView searchText(const Row &row) const
    {
        return QByteArrayView(m_searchText).sliced(row.searchAt, row.searchLength);
    }
    // Gives back what the lists were given in advance (after the last row is in).
    void squeeze();
    // The whole person again, as the services hand it out.
    DirectoryUser user(qsizetype index) const;

    static QDateTime time(qint64 msecs);

private:
    TextId intern(const QString &text);
    Row rowFor(const DirectoryUser &user);       // appends its product entries
    void reorder(const QList<qsizetype> &order); // order[i]: the row that goes to place i
    void keepNameOrder(const Row &added);        // before `added` is appended
    void setSearchText(Row &row);
    void dropSearchText(const Row &row);

    QList<Row> m_rows;
    QList<Access> m_access;
    QByteArray m_searchText;
    qsizetype m_searchTextInUse = 0; // the rest was left by rows replaced or removed
    QStringList m_texts;             // [0] is the empty string
    QHash<QString, TextId> m_textIds;
    bool m_inNameOrder = true;
};
