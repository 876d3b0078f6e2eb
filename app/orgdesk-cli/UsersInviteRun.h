#pragma once

#include "InviteOperation.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QObject>
#include <QPair>

class ApiClient;
class BulkJob;
class GroupService;
class JobManager;
class PeopleResolver;
class UserService;
class WorkspacePager;

// `users invite`: finds the workspaces of the --grant options (by name or id) and checks the
// roles they take, finds the --group groups (by name or id), checks who is already in the
// organization (exact e-mail), asks first unless told not to, then runs one journaled job that
// sends the addresses 25 to a request, and prints one result per address:
//   table: RESULT (invited|given|failed)  E-MAIL  REASON, a line as each is answered
//   json:  {"operation": "users.invite", "results": [{"email", "member", "result",
//           "reason"}], "summary": {"invited", "given", "failed"}} at the end
// Exit 0 when nothing failed, 6 when some address failed, 2 on bad usage.
class UsersInviteRun : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QStringList emails;
        QList<QPair<QString, QString>> grants; // workspace (name or ARI), role (user or id)
        QStringList groups;                    // names or ids
        bool notify = false;
        QString message;
        bool assumeYes = false;
        bool json = false;
        QString journalDirectory; // empty: the default
    };

    UsersInviteRun(ApiClient *client, QString orgId, Options options, QObject *parent = nullptr);
    ~UsersInviteRun() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onWorkspaces(const QList<Workspace> &workspaces, bool hasMore);
    bool resolveGrants();
    void resolveNextGroup();
    void checkMembers();
    void onMembersChecked();
    bool confirm(const QList<JobItem> &items);
    void run(const QList<JobItem> &items);
    void printItem(const JobItem &item);
    void finish();
    void fail(int exitCode, const QString &message);

    ApiClient *m_client;
    QString m_orgId;
    Options m_options;
    UserService *m_users;
    GroupService *m_groupService;
    JobManager *m_jobs;
    WorkspacePager *m_workspacePager = nullptr;
    PeopleResolver *m_resolver = nullptr;
    QList<Workspace> m_workspaces;
    InviteSpec m_spec;
    int m_nextGroup = 0;
    BulkJob *m_job = nullptr;
    QJsonArray m_results;
    int m_invited = 0;
    int m_given = 0;
    int m_failed = 0;
};
