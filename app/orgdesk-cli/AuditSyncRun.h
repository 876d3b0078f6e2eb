#pragma once

#include "CliConnection.h"
#include "Progress.h"

#include <QObject>

class ApiClient;
class ApiError;
class AuditSync;

// `audit sync`: brings the organization's archive up to date from the events stream, with the
// count on a terminal, and one line at the end saying what was stored. Emits finished() once.
class AuditSyncRun : public QObject
{
    Q_OBJECT

public:
    AuditSyncRun(const CliConnection &connection, int retentionDays, QObject *parent = nullptr);
    ~AuditSyncRun() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onFinished(qint64 stored, const ApiError &error, bool cancelled);

    CliConnection m_connection;
    ApiClient *m_client;
    AuditSync *m_sync;
    Progress m_progress{QStringLiteral("Syncing the audit log")};
};
