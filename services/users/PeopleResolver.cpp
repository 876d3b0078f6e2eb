#include "PeopleResolver.h"

#include "UserService.h"

#include <QSet>

PeopleResolver::PeopleResolver(const UserService *service, QObject *parent)
    : QObject(parent), m_service(service)
{}

void PeopleResolver::resolve(const PeopleList &list, const QString &directoryId)
{
    if (m_pager) {
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    m_directoryId = directoryId;
    m_pendingEmails = list.emails;
    m_pendingIds = list.accountIds;
    m_found.clear();
    m_unresolved = list.unreadable;
    nextBatch();
}

void PeopleResolver::nextBatch()
{
    UserQuery query;
    query.directoryId = m_directoryId;
    query.expand = {QStringLiteral("productAccess"), QStringLiteral("platformRoles")};
    query.limit = 100;
    if (!m_pendingEmails.isEmpty()) {
        m_batch = m_pendingEmails.mid(0, emailBatch);
        m_pendingEmails.remove(0, m_batch.size());
        m_batchIsEmails = true;
        query.emails = m_batch;
    } else if (!m_pendingIds.isEmpty()) {
        m_batch = m_pendingIds.mid(0, idBatch);
        m_pendingIds.remove(0, m_batch.size());
        m_batchIsEmails = false;
        query.accountIds = m_batch;
    } else {
        m_pager = nullptr;
        Q_EMIT finished();
        return;
    }
    m_pager = m_service->search(query, this);
    connect(m_pager, &UserPager::usersReceived, this, &PeopleResolver::onUsers);
    connect(m_pager, &Pager::failed, this, [this](const ApiError &error) {
        m_pager->deleteLater();
        m_pager = nullptr;
        Q_EMIT failed(error);
    });
    m_pager->fetchNext();
}

void PeopleResolver::onUsers(const QList<DirectoryUser> &users, bool hasMore)
{
    for (const DirectoryUser &user : users) {
        const bool known = std::any_of(m_found.cbegin(), m_found.cend(), [&](const auto &u) {
            return u.accountId == user.accountId;
        });
        if (!known)
            m_found.append(user);
    }
    if (hasMore) {
        m_pager->fetchNext();
        return;
    }
    QSet<QString> matched;
    for (const DirectoryUser &user : std::as_const(m_found))
        matched.insert(m_batchIsEmails ? user.email.toLower() : user.accountId);
    for (const QString &entry : std::as_const(m_batch)) {
        if (!matched.contains(entry))
            m_unresolved.append(entry);
    }
    m_pager->deleteLater();
    m_pager = nullptr;
    nextBatch();
}
