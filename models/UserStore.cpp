#include "UserStore.h"

#include "NicknameOrder.h"

#include <algorithm>
#include <numeric>

namespace {

qint64 msecs(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : UserStore::noTime;
}

} // namespace

UserStore::UserStore()
{
    clear();
}

void UserStore::clear()
{
    m_rows.clear();
    m_rows.squeeze();
    m_access.clear();
    m_access.squeeze();
    m_searchText.clear();
    m_searchText.squeeze();
    m_searchTextInUse = 0;
    m_texts = {QString()};
    m_textIds.clear();
    m_textIds.insert(QString(), 0);
    m_inNameOrder = true;
}

void UserStore::setTexts(const QStringList &texts)
{
    Q_ASSERT(!texts.isEmpty() && texts.first().isEmpty());
    m_texts = texts;
    m_textIds.clear();
    m_textIds.reserve(texts.size());
    for (qsizetype id = 0; id < texts.size(); ++id)
        m_textIds.insert(texts.at(id), TextId(id));
}

void UserStore::appendRow(Row row, const Access *access)
{
    row.firstAccess = quint32(m_access.size());
    for (quint32 i = 0; i < row.accessCount; ++i)
        m_access.append(access[i]);
    setSearchText(row);
    keepNameOrder(row);
    m_rows.append(std::move(row));
}

void UserStore::squeeze()
{
    m_access.squeeze();
    m_searchText.squeeze();
}

void UserStore::setSearchText(Row &row)
{
    const QByteArray text =
        (row.name + QChar(1) + row.nickname + QChar(1) + row.email).toCaseFolded().toUtf8();
    row.searchAt = quint32(m_searchText.size());
    row.searchLength = quint16(qMin<qsizetype>(text.size(), 0xffff));
    m_searchText.append(text.constData(), row.searchLength);
    m_searchTextInUse += row.searchLength;
}

void UserStore::dropSearchText(const Row &row)
{
    m_searchTextInUse -= row.searchLength;
    // What replaced rows left grows with each refresh that changes people: when it is most of
    // the text, the text is written again without it.
    if (m_searchText.size() < 2 * m_searchTextInUse + (1 << 20))
        return;
    QByteArray kept;
    kept.reserve(m_searchTextInUse);
    for (Row &each : m_rows) {
        if (&each == &row)
            continue;
        const QByteArrayView text = searchText(each);
        each.searchAt = quint32(kept.size());
        kept.append(text.data(), text.size());
    }
    m_searchText = std::move(kept);
}

void UserStore::reserve(qsizetype rows)
{
    m_rows.reserve(rows);
}

QDateTime UserStore::time(qint64 msecs)
{
    if (msecs == noTime)
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

UserStore::TextId UserStore::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto found = m_textIds.constFind(text);
    if (found != m_textIds.constEnd())
        return *found;
    const auto id = TextId(m_texts.size());
    m_texts.append(text);
    m_textIds.insert(text, id);
    return id;
}

void UserStore::append(const DirectoryUser &user)
{
    Row row = rowFor(user);
    setSearchText(row);
    keepNameOrder(row);
    m_rows.append(std::move(row));
}

void UserStore::keepNameOrder(const Row &added)
{
    m_inNameOrder = m_inNameOrder && (m_rows.isEmpty() || compareNames(m_rows.last(), added) < 0);
}

void UserStore::replace(qsizetype index, const DirectoryUser &user)
{
    Row row = rowFor(user);
    if (row.orderKey != m_rows.at(index).orderKey)
        m_inNameOrder = false;
    dropSearchText(m_rows.at(index));
    setSearchText(row);
    m_rows[index] = std::move(row);
}

void UserStore::remove(qsizetype first, qsizetype last)
{
    for (qsizetype index = first; index <= last; ++index)
        m_searchTextInUse -= m_rows.at(index).searchLength;
    m_rows.remove(first, last - first + 1);
}

void UserStore::sortByKeys(const QList<qint64> &keys)
{
    Q_ASSERT(keys.size() == m_rows.size());
    QList<qsizetype> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&keys](qsizetype a, qsizetype b) { return keys.at(a) < keys.at(b); });
    reorder(order);
    m_inNameOrder = false;
}

QList<qsizetype> UserStore::nameOrder(bool descending) const
{
    QList<qsizetype> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this, descending](qsizetype a, qsizetype b) {
        const int c = compareNames(m_rows.at(a), m_rows.at(b));
        return descending ? c > 0 : c < 0;
    });
    return order;
}

QList<qsizetype> UserStore::sortByName(bool descending)
{
    const QList<qsizetype> order = nameOrder(descending);
    reorder(order);
    m_inNameOrder = !descending || m_rows.size() < 2;
    return order;
}

int UserStore::compareNames(const Row &a, const Row &b)
{
    if (const int order = a.orderKey.compare(b.orderKey))
        return order;
    return QString::compare(a.accountId, b.accountId);
}

void UserStore::reorder(const QList<qsizetype> &order)
{
    QList<Row> sorted;
    sorted.reserve(m_rows.size());
    for (const qsizetype index : order)
        sorted.append(std::move(m_rows[index]));
    m_rows = std::move(sorted);
}

bool UserStore::holds(qsizetype index, const DirectoryUser &user) const
{
    const Row &row = m_rows.at(index);
    const bool same =
        row.accountId == user.accountId && row.name == user.name && row.nickname == user.nickname &&
        row.email == user.email && row.emailVerified == user.emailVerified &&
        row.addedToOrgMs == msecs(user.addedToOrg) &&
        row.deactivatedOnMs == msecs(user.deactivatedOn) &&
        text(row.accountType) == user.accountType && text(row.status) == user.status &&
        text(row.accountStatus) == user.accountStatus &&
        text(row.membershipStatus) == user.membershipStatus &&
        text(row.claimStatus) == user.claimStatus &&
        text(row.managementSource) == user.managementSource &&
        text(row.jobTitle) == user.jobTitle && text(row.department) == user.department &&
        text(row.organization) == user.organization && text(row.location) == user.location &&
        text(row.timeZone) == user.timeZone &&
        text(row.platformRoles) == user.platformRoles.join(QLatin1Char('\n')) &&
        row.mfa == (user.mfaEnabled ? qint8(*user.mfaEnabled) : qint8(-1)) &&
        row.resourceCount == qint16(qBound(-1, user.resourceCount, 0x7fff)) &&
        row.accessCount == qMin<qsizetype>(user.productAccess.size(), 0xffff);
    if (!same)
        return false;
    for (quint32 i = 0; i < row.accessCount; ++i) {
        const Access &access = m_access.at(row.firstAccess + i);
        const ProductAccess &theirs = user.productAccess.at(i);
        if (text(access.key) != theirs.key || text(access.site) != theirs.id ||
            access.lastActiveMs != msecs(theirs.lastActive))
            return false;
    }
    return true;
}

UserStore::Row UserStore::rowFor(const DirectoryUser &user)
{
    Row row;
    row.accountId = user.accountId;
    row.name = user.name;
    row.nickname = user.nickname;
    row.orderKey = NicknameOrder::rowKey(user.nickname, user.name).toUtf8();
    row.email = user.email;
    row.addedToOrgMs = msecs(user.addedToOrg);
    row.deactivatedOnMs = msecs(user.deactivatedOn);
    row.lastActiveMs = msecs(user.lastActive());
    row.accountType = intern(user.accountType);
    row.status = intern(user.status);
    row.accountStatus = intern(user.accountStatus);
    row.membershipStatus = intern(user.membershipStatus);
    row.claimStatus = intern(user.claimStatus);
    row.managementSource = intern(user.managementSource);
    row.jobTitle = intern(user.jobTitle);
    row.department = intern(user.department);
    row.organization = intern(user.organization);
    row.location = intern(user.location);
    row.timeZone = intern(user.timeZone);
    row.platformRoles = intern(user.platformRoles.join(QLatin1Char('\n')));
    row.firstAccess = quint32(m_access.size());
    row.accessCount = quint16(qMin<qsizetype>(user.productAccess.size(), 0xffff));
    for (qsizetype i = 0; i < row.accessCount; ++i) {
        const ProductAccess &access = user.productAccess.at(i);
        m_access.append({intern(access.key), intern(access.id), msecs(access.lastActive)});
    }
    row.resourceCount = qint16(qBound(-1, user.resourceCount, 0x7fff));
    row.mfa = user.mfaEnabled ? qint8(*user.mfaEnabled) : qint8(-1);
    row.emailVerified = user.emailVerified;
    return row;
}

DirectoryUser UserStore::user(qsizetype index) const
{
    const Row &row = m_rows.at(index);
    DirectoryUser user;
    user.accountId = row.accountId;
    user.name = row.name;
    user.nickname = row.nickname;
    user.email = row.email;
    user.emailVerified = row.emailVerified;
    user.addedToOrg = time(row.addedToOrgMs);
    user.deactivatedOn = time(row.deactivatedOnMs);
    user.accountType = text(row.accountType);
    user.status = text(row.status);
    user.accountStatus = text(row.accountStatus);
    user.membershipStatus = text(row.membershipStatus);
    user.claimStatus = text(row.claimStatus);
    user.managementSource = text(row.managementSource);
    user.jobTitle = text(row.jobTitle);
    user.department = text(row.department);
    user.organization = text(row.organization);
    user.location = text(row.location);
    user.timeZone = text(row.timeZone);
    if (row.platformRoles)
        user.platformRoles = text(row.platformRoles).split(QLatin1Char('\n'));
    if (row.mfa >= 0)
        user.mfaEnabled = row.mfa == 1;
    user.resourceCount = row.resourceCount;
    for (quint32 i = row.firstAccess; i < row.firstAccess + row.accessCount; ++i) {
        const Access &access = m_access.at(i);
        user.productAccess.append({text(access.key), text(access.site), time(access.lastActiveMs)});
    }
    return user;
}
