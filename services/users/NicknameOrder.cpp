#include "NicknameOrder.h"

#include <algorithm>

namespace NicknameOrder {
namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// Letters that do not decompose into a base letter and a mark.
QString spelledOut(char16_t c)
{
    switch (c) {
    case u'ł':
        return QStringLiteral("l");
    case u'ø':
        return QStringLiteral("o");
    case u'đ':
        return QStringLiteral("d");
    case u'ı':
        return QStringLiteral("i");
    case u'ß':
        return QStringLiteral("ss");
    case u'æ':
        return QStringLiteral("ae");
    default:
        return {};
    }
}

} // namespace

QString sortKey(const QString &text)
{
    if (isAscii(text))
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const QChar lower = c.toLower();
        const QString special = spelledOut(lower.unicode());
        if (special.isEmpty())
            key.append(lower);
        else
            key.append(special);
    }
    return key;
}

QString rowKey(const QString &nickname, const QString &name)
{
    // U+0001 sorts before every letter a key holds, so a nickname that is the start of another
    // still sorts first.
    return sortKey(nickname) + QChar(1) + sortKey(name);
}

void sort(QList<DirectoryUser> &users, bool descending)
{
    struct Keyed
    {
        QString nickname;
        QString name;
        qsizetype index;
    };
    QList<Keyed> keys;
    keys.reserve(users.size());
    for (qsizetype i = 0; i < users.size(); ++i)
        keys.append({sortKey(users.at(i).nickname), sortKey(users.at(i).name), i});
    auto less = [&users](const Keyed &a, const Keyed &b) {
        if (const int c = QString::compare(a.nickname, b.nickname))
            return c < 0;
        if (const int c = QString::compare(a.name, b.name))
            return c < 0;
        return users.at(a.index).accountId < users.at(b.index).accountId;
    };
    std::sort(keys.begin(), keys.end(), [&less, descending](const Keyed &a, const Keyed &b) {
        return descending ? less(b, a) : less(a, b);
    });
    QList<DirectoryUser> sorted;
    sorted.reserve(users.size());
    for (const Keyed &key : keys)
        sorted.append(std::move(users[key.index]));
    users = std::move(sorted);
}

} // namespace NicknameOrder
