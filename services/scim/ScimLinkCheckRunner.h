#pragma once

#include "ApiError.h"
#include "ScimLinkCheck.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ApiClient;

// Fetches what the link check compares, then runs it: every account of every org directory
// (the org key) and every record of each SCIM directory (each with its own key), all pages. The
// records it keeps hold no raw JSON: the check does not read it, and it is most of a record.
// Deleting the runner drops whatever is still in flight.
class ScimLinkCheckRunner : public QObject
{
    Q_OBJECT

public:
    struct Source
    {
        QString directoryId;
        QString name;                    // for people; may be empty
        QString orgDirectoryId;          // empty: inferred (ScimLinkCheck::inferOrgDirectory)
        ApiClient *scimClient = nullptr; // holds the directory's SCIM key; not owned
    };

    ScimLinkCheckRunner(ApiClient *orgClient, QString orgId, QList<Source> sources,
                        QObject *parent = nullptr);

    // Starts once; `finished` or `failed` follows, exactly one of them.
    void start();

Q_SIGNALS:
    void progress(int records, int accounts);
    void finished(const ScimLinkReport &report);
    void failed(const ApiError &error);

private:
    void listAccounts(const QString &orgDirectoryId);
    void listRecords(int source);
    void stepDone();
    void fail(const ApiError &error);

    ApiClient *m_orgClient;
    QString m_orgId;
    QList<Source> m_sources;
    QList<ScimCheckDirectory> m_directories;
    QHash<QString, ScimCheckAccount> m_accounts;
    QStringList m_accountOrder;
    int m_pendingSteps = 0;
    int m_records = 0;
    bool m_done = false;
    QObject *m_calls = nullptr; // the context of every call: deleted on failure
};
