#include "OrgStore.h"

#include "TextFold.h"
#include "UserMatcher.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>
#include <numeric>

namespace sandbox {
namespace {

// The rank of each user's key among the distinct keys (many people share a name), so that
// sorting compares integers rather than strings.
QList<int> ranks(const QList<SeedUser> &users, const QString SeedUser::*field)
{
    QHash<QString, int> distinct;
    distinct.reserve(users.size() / 2);
    QList<int> keyOf(users.size());
    QStringList keys;
    for (int i = 0; i < users.size(); ++i) {
        const QString &value = users.at(i).*field;
        auto it = distinct.constFind(value);
        if (it == distinct.cend()) {
            it = distinct.insert(value, int(keys.size()));
            keys.append(sortKey(value));
        }
        keyOf[i] = *it;
    }
    QList<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&keys](int a, int b) {
        const int c = QString::compare(keys.at(a), keys.at(b));
        return c != 0 ? c < 0 : a < b;
    });
    QList<int> rankOfKey(keys.size());
    for (int r = 0; r < order.size(); ++r)
        rankOfKey[order.at(r)] = r;
    for (int &k : keyOf)
        k = rankOfKey.at(k);
    return keyOf;
}

// Users ordered by the given ranks, then by a previous order's position (stable).
std::shared_ptr<const QList<int>> sortedBy(const QList<int> &rank, const QList<int> &previous)
{
    QList<int> indices = previous;
    std::stable_sort(indices.begin(), indices.end(),
                     [&rank](int a, int b) { return rank.at(a) < rank.at(b); });
    return std::make_shared<const QList<int>>(std::move(indices));
}

} // namespace

OrgStore::OrgStore(OrgData data) : m_data(std::move(data))
{
    m_userByAccountId.reserve(m_data.users.size());
    for (int i = 0; i < m_data.users.size(); ++i)
        m_userByAccountId.insert(m_data.users.at(i).accountId, i);
    for (int i = 0; i < m_data.groups.size(); ++i)
        m_groupById.insert(m_data.groups.at(i).id, i);
    order(false); // the name order, before the first search needs it
}

int OrgStore::addUser(SeedUser user)
{
    const int index = int(m_data.users.size());
    m_userByAccountId.insert(user.accountId, index);
    m_data.users.append(std::move(user));
    m_byName.reset();
    m_byNickname.reset();
    changed();
    return index;
}

int OrgStore::userByEmail(const QString &email) const
{
    for (int i = 0; i < m_data.users.size(); ++i) {
        const SeedUser &user = m_data.users.at(i);
        if (!user.closed && user.email.compare(email, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

std::optional<int> OrgStore::directoryScope(const QString &directoryId) const
{
    if (directoryId == QLatin1String("-"))
        return -1;
    const int index = directoryIndex(directoryId);
    if (index < 0)
        return std::nullopt;
    return index;
}

int OrgStore::directoryIndex(const QString &directoryId) const
{
    for (int i = 0; i < m_data.directories.size(); ++i) {
        if (m_data.directories.at(i).id == directoryId)
            return i;
    }
    return -1;
}

int OrgStore::userIndex(const QString &accountId) const
{
    return m_userByAccountId.value(accountId, -1);
}

int OrgStore::groupIndex(const QString &groupIdOrAri) const
{
    const QString prefix = QStringLiteral("ari:cloud:identity::group/");
    const QString id =
        groupIdOrAri.startsWith(prefix) ? groupIdOrAri.mid(prefix.size()) : groupIdOrAri;
    return m_groupById.value(id, -1);
}

int OrgStore::productByAri(const QString &ari) const
{
    for (const ProductSite &site : m_data.products) {
        if (site.ari == ari)
            return site.product;
    }
    return -1;
}

quint64 OrgStore::hashOf(const UserCriteria &query, int scope)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(scope));
    hash.addData(QJsonDocument(query.filterJson()).toJson(QJsonDocument::Compact));
    return qFromBigEndian<quint64>(hash.result().constData());
}

std::shared_ptr<const QList<int>> OrgStore::order(bool byNickname)
{
    if (!m_byName) {
        QList<int> generationOrder(m_data.users.size());
        std::iota(generationOrder.begin(), generationOrder.end(), 0);
        m_byName = sortedBy(ranks(m_data.users, &SeedUser::name), generationOrder);
    }
    if (!byNickname)
        return m_byName;
    if (!m_byNickname) // nickname, then name as the tie-break
        m_byNickname = sortedBy(ranks(m_data.users, &SeedUser::nickname), *m_byName);
    return m_byNickname;
}

OrgStore::SearchResult OrgStore::search(const UserCriteria &query, int scope)
{
    const quint64 hash = hashOf(query, scope);
    remember(hash, query);
    if (const auto cached = m_results.constFind(hash); cached != m_results.cend())
        return {*cached, hash};

    const std::shared_ptr<const QList<int>> base = order(query.sortByNickname);
    std::shared_ptr<const QList<int>> result;
    UserCriteria filterOnly = query;
    filterOnly.sortByNickname = false;
    filterOnly.descending = false;
    if (scope < 0 && !filterOnly.hasFilterOrSort() && !query.descending) {
        result = base;
    } else {
        const UserMatcher matcher(query, *this, scope);
        QList<int> matching;
        for (int index : *base) {
            if (matcher.matches(index))
                matching.append(index);
        }
        if (query.descending)
            std::reverse(matching.begin(), matching.end());
        result = std::make_shared<const QList<int>>(std::move(matching));
    }
    m_results.insert(hash, result);
    m_resultsAge.append(hash);
    if (m_resultsAge.size() > kCachedResults)
        m_results.remove(m_resultsAge.takeFirst());
    return {result, hash};
}

void OrgStore::remember(quint64 hash, const UserCriteria &query)
{
    if (m_queries.contains(hash))
        return;
    UserCriteria stored = query;
    stored.cursor.clear();
    m_queries.insert(hash, stored);
    m_queriesAge.append(hash);
    if (m_queriesAge.size() > kRememberedQueries)
        m_queries.remove(m_queriesAge.takeFirst());
}

std::optional<UserCriteria> OrgStore::recall(quint64 queryHash) const
{
    const auto it = m_queries.constFind(queryHash);
    if (it == m_queries.cend())
        return std::nullopt;
    return *it;
}

const QList<QString> &OrgStore::searchTexts()
{
    if (m_searchTexts.isEmpty() && !m_data.users.isEmpty()) {
        m_searchTexts.reserve(m_data.users.size());
        for (const SeedUser &user : m_data.users) {
            m_searchTexts.append(
                (user.name + u'\n' + user.nickname + u'\n' + user.email).toLower());
        }
    }
    return m_searchTexts;
}

void OrgStore::groupsChanged()
{
    m_groupById.clear();
    for (int i = 0; i < m_data.groups.size(); ++i) {
        if (!m_data.groups.at(i).deleted)
            m_groupById.insert(m_data.groups.at(i).id, i);
    }
    changed();
}

void OrgStore::changed()
{
    m_searchTexts.clear();
    m_results.clear();
    m_resultsAge.clear();
}

} // namespace sandbox
