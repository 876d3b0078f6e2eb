#include "UserRowMatch.h"

#include <string_view>

namespace {

QSet<QString> lowered(const QStringList &values)
{
    QSet<QString> set;
    for (const QString &value : values)
        set.insert(value.toLower());
    return set;
}

} // namespace

UserRowMatch::UserRowMatch(const UserQuery &query)
    : m_query(query), m_term(query.searchTerm.trimmed()),
      m_foldedTerm(m_term.toCaseFolded().toUtf8()),
      m_accountIds(query.accountIds.cbegin(), query.accountIds.cend()),
      m_emails(lowered(query.emails)),
      m_resources(query.resourceIds.cbegin(), query.resourceIds.cend())
{
    for (QString domain : query.emailDomains) {
        if (domain.startsWith(u'@'))
            domain.remove(0, 1);
        m_domains.insert(domain.toLower());
    }
    m_narrows = !m_term.isEmpty() || !m_accountIds.isEmpty() || !m_emails.isEmpty() ||
                !m_domains.isEmpty() || !m_resources.isEmpty() || !query.statuses.isEmpty() ||
                !query.accountStatuses.isEmpty() || !query.membershipStatuses.isEmpty() ||
                query.mfaEnabled.has_value() || !query.claimStatus.isEmpty();
}

bool UserRowMatch::answers(const UserQuery &query)
{
    return query.directoryId == QLatin1String("-") && query.directoryIds.isEmpty() &&
           query.groupIds.isEmpty() && query.roleIds.isEmpty();
}

bool UserRowMatch::accepts(const UserStore &store, const UserStore::Row &row) const
{
    if (!m_narrows)
        return true;
    const UserQuery &q = m_query;
    if (!q.statuses.isEmpty() && !q.statuses.contains(store.text(row.status)))
        return false;
    if (!q.accountStatuses.isEmpty() && !q.accountStatuses.contains(store.text(row.accountStatus)))
        return false;
    if (!q.membershipStatuses.isEmpty() &&
        !q.membershipStatuses.contains(store.text(row.membershipStatus)))
        return false;
    if (q.mfaEnabled && row.mfa != qint8(*q.mfaEnabled))
        return false;
    if (!q.claimStatus.isEmpty() && store.text(row.claimStatus) != q.claimStatus)
        return false;
    if (!m_accountIds.isEmpty() && !m_accountIds.contains(row.accountId))
        return false;
    if (!m_emails.isEmpty() && !m_emails.contains(row.email.toLower()))
        return false;
    if (!m_domains.isEmpty() &&
        !m_domains.contains(row.email.mid(row.email.lastIndexOf(u'@') + 1).toLower()))
        return false;
    if (!m_resources.isEmpty()) {
        bool has = false;
        for (quint32 i = 0; i < row.accessCount && !has; ++i)
            has = m_resources.contains(store.text(store.access(row.firstAccess + i).site));
        if (!has)
            return false;
    }
    if (!m_term.isEmpty()) {
        // string_view's search looks for the first byte with memchr: several times quicker
        // than QByteArrayView's on texts this short.
        const QByteArrayView text = store.searchText(row);
        if (std::string_view(text.data(), size_t(text.size()))
                .find(std::string_view(m_foldedTerm.constData(), size_t(m_foldedTerm.size()))) ==
            std::string_view::npos)
            return false;
    }
    return true;
}
