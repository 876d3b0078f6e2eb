#pragma once

#include "JobItem.h"
#include "PeopleList.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

class ApiClient;
class BulkJob;
class JobManager;
class PeopleResolver;
class UserService;

// `users suspend|restore|remove|deactivate|enable|delete|cancel-delete` from the list given to
// the end: finds the people (exact e-mails, account ids), asks first unless told not to, runs
// one journaled bulk job, and prints one result per person:
//   table: RESULT  E-MAIL  NAME  REASON, a line as each is answered
//   json:  {"operation", "results": [{"accountId", "email", "name", "result", "reason"}],
//           "summary": {...}} at the end
// Entries that match nobody are reported as failed. `users resume` runs instead the jobs an
// earlier run of this organization left unfinished. Exit 0 when nothing failed, 6 otherwise,
// 2 when it may not ask and was not told --yes.
class UsersActionRun : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString operation; // UserOperations key (or another verb on people); empty for resume
        PeopleList people;
        QJsonObject params; // more job parameters (the group of group.addMember, say)
        QString subject;    // what the verb acts on besides people: a group's name
        QString reason;
        QString directoryId = QStringLiteral("-");
        bool assumeYes = false;
        bool json = false;
        QString journalDirectory; // empty: the default
    };

    UsersActionRun(ApiClient *client, QString orgId, Options options, QObject *parent = nullptr);
    ~UsersActionRun() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onResolved();
    bool confirm(const QList<JobItem> &items);
    QString subjectText() const; // ' "qa-guild"' after the verb, or nothing
    void run(BulkJob *job);
    void resumeNext();
    void printItem(const JobItem &item);
    void onJobFinished();
    void finish();

    ApiClient *m_client;
    QString m_orgId;
    Options m_options;
    UserService *m_users;
    PeopleResolver *m_resolver = nullptr;
    JobManager *m_jobs;
    BulkJob *m_job = nullptr;
    QList<JobItem> m_unresolved;
    QJsonArray m_results;
    int m_failed = 0;
    int m_done = 0;
    int m_skipped = 0;
    QStringList m_resumeIds; // resume: the jobs still to run
};
