#pragma once

#include "ApiKey.h"

#include <QObject>
#include <QSet>

class BulkJob;
class Connection;
class JobLauncher;
class QWidget;

// Revoking admin API keys, as a person goes through it: a confirmation naming the keys where
// the count is typed (revoking cannot be undone), then, when the key Orgdesk itself connects
// with is among them, a second, separate warning; then one bulk job with a result per key.
class KeyRevokeFlow : public QObject
{
    Q_OBJECT

public:
    KeyRevokeFlow(QWidget *area, Connection *connection, JobLauncher *launcher);

    // `inUseIds`: the ids of keys Orgdesk connects with. Keys already revoked are left out.
    void revoke(const QList<ApiKey> &keys, const QSet<QString> &inUseIds);

Q_SIGNALS:
    void jobStarted(BulkJob *job);
    void cancelled();

private:
    void warnAboutKeyInUse(const QList<ApiKey> &keys, const QList<ApiKey> &inUse);
    void startJob(const QList<ApiKey> &keys);

    QWidget *m_area;
    Connection *m_connection;
    JobLauncher *m_launcher;
};
