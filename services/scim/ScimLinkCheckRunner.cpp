#include "ScimLinkCheckRunner.h"

#include "OrgService.h"
#include "ScimService.h"
#include "UserService.h"

ScimLinkCheckRunner::ScimLinkCheckRunner(ApiClient *orgClient, QString orgId, QList<Source> sources,
                                         QObject *parent)
    : QObject(parent), m_orgClient(orgClient), m_orgId(std::move(orgId)),
      m_sources(std::move(sources))
{}

void ScimLinkCheckRunner::start()
{
    m_calls = new QObject(this);
    ++m_pendingSteps; // the org's directories
    OrgService(m_orgClient, m_orgId)
        .directories(m_calls, [this](const ApiResult<QList<Directory>> &result) {
            if (!result.ok()) {
                fail(result.error);
                return;
            }
            for (const Directory &directory : result.value)
                listAccounts(directory.id);
            stepDone();
        });
    for (int source = 0; source < m_sources.size(); ++source)
        listRecords(source);
}

void ScimLinkCheckRunner::listAccounts(const QString &orgDirectoryId)
{
    ++m_pendingSteps;
    UserQuery query;
    query.directoryId = orgDirectoryId;
    query.expand.clear();
    UserPager *pager = UserService(m_orgClient, m_orgId).search(query, m_calls);
    connect(pager, &UserPager::usersReceived, this,
            [this, pager, orgDirectoryId](const QList<DirectoryUser> &users, bool hasMore) {
                for (const DirectoryUser &user : users) {
                    auto it = m_accounts.find(user.accountId);
                    if (it == m_accounts.end()) {
                        m_accountOrder.append(user.accountId);
                        it = m_accounts.insert(user.accountId, {user.accountId,
                                                                user.name,
                                                                user.email,
                                                                user.status,
                                                                user.accountStatus,
                                                                user.claimStatus,
                                                                {}});
                    }
                    it->orgDirectoryIds.append(orgDirectoryId);
                }
                Q_EMIT progress(m_records, int(m_accounts.size()));
                if (hasMore)
                    pager->fetchNext();
                else
                    stepDone();
            });
    connect(pager, &Pager::failed, this, &ScimLinkCheckRunner::fail);
    pager->fetchNext();
}

void ScimLinkCheckRunner::listRecords(int source)
{
    ++m_pendingSteps;
    const Source &from = m_sources.at(source);
    m_directories.append({from.directoryId, from.name, from.orgDirectoryId, {}});
    ScimUserPager *pager =
        ScimService(from.scimClient, from.directoryId).users(ScimQuery(), m_calls);
    connect(pager, &ScimUserPager::usersReceived, this,
            [this, pager, source](const QList<ScimUser> &users, bool hasMore) {
                QList<ScimUser> &records = m_directories[source].records;
                for (const ScimUser &user : users) {
                    records.append(user);
                    records.last().raw = QJsonObject(); // a whole record is kilobytes
                }
                m_records += int(users.size());
                Q_EMIT progress(m_records, int(m_accounts.size()));
                if (hasMore)
                    pager->fetchNext();
                else
                    stepDone();
            });
    connect(pager, &Pager::failed, this, &ScimLinkCheckRunner::fail);
    pager->fetchNext();
}

void ScimLinkCheckRunner::stepDone()
{
    if (m_done || --m_pendingSteps > 0)
        return;
    m_done = true;
    QList<ScimCheckAccount> accounts;
    accounts.reserve(m_accountOrder.size());
    for (const QString &id : std::as_const(m_accountOrder))
        accounts.append(m_accounts.value(id));
    m_accounts.clear();
    const ScimLinkReport report = ScimLinkCheck::run(m_directories, accounts);
    Q_EMIT finished(report);
}

void ScimLinkCheckRunner::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_calls->deleteLater(); // drops the other listings still in flight
    Q_EMIT failed(error);
}
