#pragma once

#include "OrgData.h"
#include "UserCriteria.h"

#include <QSet>

namespace sandbox {

class OrgStore;

// A UserCriteria compiled against one org: ids resolved to bit masks, texts lowered, so that
// testing one user is cheap. Filters combine with AND; values inside one filter with OR.
class UserMatcher
{
public:
    // scope: the directory index of the route's {directoryId}, or -1 for "-" (all).
    UserMatcher(const UserCriteria &query, OrgStore &store, int scope);

    bool matches(int userIndex) const;

private:
    const UserCriteria &m_query;
    const QList<SeedUser> &m_users;
    const QList<QString> *m_searchTexts = nullptr; // lowercase name, nickname, e-mail
    QString m_term;                                // lowercase searchTerm
    quint32 m_directoryMask = 0; // allowed directories; users without one need "no restriction"
    bool m_directoryRestricted = false;
    quint64 m_groupMask = 0;
    quint16 m_productMask = 0;
    QSet<QString> m_accountIds;
    QSet<QString> m_emails;  // lowercase
    QSet<QString> m_domains; // lowercase, without "@"
};

} // namespace sandbox
