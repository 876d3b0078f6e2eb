#pragma once

#include "ApiError.h"
#include "DirectoryUser.h"
#include "UserPartition.h"
#include "UserQuery.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class ApiClient;
class ApiReply;
class UserPager;
class UserService;

// Lists every person a users/search query finds, several parts at once (UserPartition), each
// part walked from both ends of its nickname order, everyone handed out once. It sends the same
// signals as a UserPager walking every page, so it can stand in for one; the people come in no
// particular order. Completeness is checked, not assumed: when the distinct people listed are
// fewer than users/count of the whole query, a plain walk of the whole query finishes the list.
// cancel() or deleting it drops whatever is in flight; no signal follows.
class ParallelUserListing : public QObject
{
    Q_OBJECT

public:
    // `walkers`: requests at once (the client's connections to one host: 6 by default).
    ParallelUserListing(ApiClient *client, const QString &orgId, const UserQuery &query,
                        QObject *parent = nullptr);
    ~ParallelUserListing() override;

    void setWalkers(int walkers) { m_walkers = qMax(1, walkers); }
    // People already listed elsewhere (rows already loaded): never handed out again.
    void skipAccounts(const QSet<QString> &accountIds);

    void fetchAll();
    void cancel();

    bool isRunning() const { return m_running; }
    // How the last walk went, for tests and benchmarks.
    int partsWalked() const { return int(m_parts.size()); }
    bool finishedWithPlainWalk() const { return m_plainWalk; }

Q_SIGNALS:
    void usersReceived(const QList<DirectoryUser> &users, bool hasMore);
    void failed(const ApiError &error);

private:
    struct PartWalk
    {
        UserPartition::Part part;
        int found = 0;             // this part's people so far, to know when both ends have met
        QList<UserPager *> pagers; // still at work on it
        bool done = false;
    };
    struct Walker
    {
        int part = -1;
        bool descending = false;
    };

    void startHeadPage();
    void planWhenReady();
    void countNextCuts();
    void startWalks();
    void startNextWalkers();
    void onPage(UserPager *pager, int part, const QList<DirectoryUser> &users, bool hasMore);
    void finishPart(int part);
    void finishIfDone();
    void onPartFailed(const ApiError &error);
    void startPlainWalk();
    void fail(const ApiError &error);
    // Whether this person is new to the query's listing (counted as found); `give` says
    // whether they are still to be handed out (not skipped).
    bool markFound(const QString &accountId, bool *give);
    // Hands out people not handed out before; `last` ends the listing.
    void handOut(const QList<DirectoryUser> &fresh, bool last);
    void dropWork();

    ApiClient *m_client;
    std::unique_ptr<UserService> m_service;
    QString m_orgId;
    UserQuery m_query;
    int m_walkers = 6;
    bool m_running = false;
    bool m_plainWalk = false;
    QObject *m_context = nullptr; // owns the work in flight; deleted to drop it
    std::optional<int> m_total;
    std::optional<QStringList> m_directoryIds;
    std::optional<UserPartition> m_plan;
    QList<PartWalk> m_parts;
    QList<Walker> m_queue; // walkers not started yet
    int m_busy = 0;
    QList<QPointer<ApiReply>> m_counts;
    // Everyone handed out or to skip: one set of 100,000 people, not one per question.
    QSet<QString> m_seen;
    QSet<QString> m_skipped; // those to skip this query has not listed yet
    int m_foundCount = 0;    // the people of this query listed so far
    QSet<QString> m_head;    // those of the first page no part has listed yet
};
