#pragma once

#include "ApiToken.h"

#include <QObject>

class ApiError;
class BulkJob;
class Connection;
class JobLauncher;
class QWidget;

// Revoking users' API tokens: a confirmation naming the tokens where the count is typed, then
// one bulk job (User management's DELETE per token) with a result per token. And the org-wide
// "revoke every token", behind the strongest confirmation: the organization's name is typed,
// and the dialog says what it does.
class TokenRevokeFlow : public QObject
{
    Q_OBJECT

public:
    TokenRevokeFlow(QWidget *area, Connection *connection, JobLauncher *launcher);

    void revoke(const QList<ApiToken> &tokens);
    // `orgName` is what must be typed; `tokenCount` the org's tokens now (-1: not known).
    void revokeEveryToken(const QString &orgName, int tokenCount);

Q_SIGNALS:
    void jobStarted(BulkJob *job);
    void everyTokenRevoked(const ApiError &error);
    void cancelled();

private:
    QWidget *m_area;
    Connection *m_connection;
    JobLauncher *m_launcher;
};
