#pragma once

#include "JobItem.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>

#include <functional>

class ApiClient;
class ApiError;
class BulkJob;
class JobManager;
class Pager;

// `keys revoke` and `tokens revoke` from the ids given to the end: lists every key (or token)
// once to learn what each id is (a label to show, a token's owner), asks first unless told not
// to, runs one journaled bulk job, and prints one line per item as it is answered:
//   revoked<TAB>id<TAB>label | skipped<TAB>id<TAB>label<TAB>reason |
//   failed<TAB>id<TAB>label<TAB>reason
// Ids that are not in the organization fail without a call. Exit code 0 when none failed, 6
// (ExitCode::SomeFailed) otherwise, 2 when it may not ask and was not told --yes.
class AccessRevokeRun : public QObject
{
    Q_OBJECT

public:
    struct Kind
    {
        QString operation;  // SecurityOperations key
        QString nounPlural; // "admin API keys"
        // Every item of the organization, from a page of its list (id, label, extra).
        std::function<QList<JobItem>(const QJsonArray &page)> itemsOfPage;
    };

    // Takes the client and the pager (which lists everything) over.
    AccessRevokeRun(ApiClient *client, Pager *listAll, QString orgId, Kind kind, QStringList ids,
                    bool assumeYes, QObject *parent = nullptr);
    ~AccessRevokeRun() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onPage(const QJsonArray &items, bool hasMore);
    void onListFailed(const ApiError &error);
    void askAndRun();
    void printItem(const JobItem &item);
    void onJobFinished();

    ApiClient *m_client;
    Pager *m_listAll;
    QString m_orgId;
    Kind m_kind;
    QStringList m_ids;
    bool m_assumeYes;
    QHash<QString, JobItem> m_known;
    JobManager *m_jobs = nullptr;
    BulkJob *m_job = nullptr;
};
