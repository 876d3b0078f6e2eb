#pragma once

#include "UserQuery.h"
#include "UserStore.h"

#include <QSet>
#include <QString>

// A users/search query answered over rows on this computer (the directory cache's), the way the
// server answers it: every filter ANDed; the search term a part of the name, nickname or e-mail
// in any case. answers() says which queries it can take: not groups, roles or one directory,
// which the rows do not know.
class UserRowMatch
{
public:
    explicit UserRowMatch(const UserQuery &query);

    static bool answers(const UserQuery &query);
    // Whether the query narrows the rows at all.
    bool narrows() const { return m_narrows; }
    bool accepts(const UserStore &store, const UserStore::Row &row) const;

private:
    UserQuery m_query;
    QString m_term;
    QByteArray m_foldedTerm; // as UserStore::searchText() keeps the texts it looks in
    QSet<QString> m_accountIds;
    QSet<QString> m_emails;
    QSet<QString> m_domains;
    QSet<QString> m_resources;
    bool m_narrows = false;
};
