#include "UserMatcher.h"

#include "OrgStore.h"

namespace sandbox {

UserMatcher::UserMatcher(const UserCriteria &query, OrgStore &store, int scope)
    : m_query(query), m_users(store.data().users)
{
    if (!query.searchTerm.isEmpty()) {
        m_searchTexts = &store.searchTexts();
        m_term = query.searchTerm.toLower();
    }
    const int directoryCount = int(store.data().directories.size());
    m_directoryMask = (1u << directoryCount) - 1;
    if (scope >= 0) {
        m_directoryRestricted = true;
        m_directoryMask = 1u << scope;
    }
    if (!query.directoryIds.isEmpty()) {
        quint32 listed = 0;
        for (const QString &id : query.directoryIds) {
            const int index = store.directoryIndex(id);
            if (index >= 0)
                listed |= 1u << index;
        }
        m_directoryRestricted = true;
        m_directoryMask &= listed;
    }
    for (const QString &id : query.groupIds) {
        const int index = store.groupIndex(id);
        if (index >= 0)
            m_groupMask |= quint64(1) << index;
    }
    for (const QString &ari : query.resourceIds) {
        const int product = store.productByAri(ari);
        if (product >= 0)
            m_productMask |= quint16(1u << product);
    }
    for (const QString &id : query.accountIds)
        m_accountIds.insert(id);
    for (const QString &email : query.emails)
        m_emails.insert(email.toLower());
    for (QString domain : query.emailDomains) {
        if (domain.startsWith(u'@'))
            domain.remove(0, 1);
        m_domains.insert(domain.toLower());
    }
}

bool UserMatcher::matches(int userIndex) const
{
    const SeedUser &user = m_users.at(userIndex);
    const UserCriteria &q = m_query;
    if (m_directoryRestricted &&
        (user.directory < 0 || !(m_directoryMask & (1u << user.directory)))) {
        return false;
    }
    if (q.statusMask && !(q.statusMask & (1u << int(user.status))))
        return false;
    if (q.accountStatusMask && !(q.accountStatusMask & (1u << int(user.accountStatus()))))
        return false;
    if (q.membershipMask && !(q.membershipMask & (1u << int(user.membershipStatus()))))
        return false;
    if (q.mfaEnabled && *q.mfaEnabled != user.mfaEnabled)
        return false;
    if (q.managed && *q.managed != user.managed)
        return false;
    if (q.roleMask && !(q.roleMask & user.roleMask))
        return false;
    if (!q.groupIds.isEmpty() && !(m_groupMask & user.groupMask))
        return false;
    if (!q.resourceIds.isEmpty() && !(m_productMask & user.productMask))
        return false;
    if (!m_accountIds.isEmpty() && !m_accountIds.contains(user.accountId))
        return false;
    if (!m_emails.isEmpty() && !m_emails.contains(user.email.toLower()))
        return false;
    if (!m_domains.isEmpty()) {
        const QString domain = user.email.mid(user.email.lastIndexOf(u'@') + 1).toLower();
        if (!m_domains.contains(domain))
            return false;
    }
    if (m_searchTexts && !m_searchTexts->at(userIndex).contains(m_term))
        return false;
    return true;
}

} // namespace sandbox
