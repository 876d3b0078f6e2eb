#pragma once

#include "AuthPolicyService.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Adds people to an authentication policy by e-mail: paste the list (one a line or separated by
// commas; "Name <address>" too), send it, follow the server's task to its end, and read one
// result per person.
class AuthPolicyAddDialog : public QDialog
{
    Q_OBJECT

public:
    AuthPolicyAddDialog(const AuthPolicyService *service, const QString &policyId,
                        QWidget *parent = nullptr);

    QPlainTextEdit *input() const { return m_input; }
    QPushButton *addButton() const { return m_add; }
    QTableWidget *results() const { return m_results; }
    QString statusText() const;
    void setPollDelay(int ms) { m_pollDelayMs = ms; }

    static QString resultInWords(const QString &status);

    void send();

Q_SIGNALS:
    void finished(const AuthPolicyTask &task);

private:
    void reparse();
    void showTask(const AuthPolicyTask &task);
    void fail(const QString &words);

    const AuthPolicyService *m_service;
    QString m_policyId;
    QStringList m_emails;
    QPlainTextEdit *m_input;
    QLabel *m_parsed;
    QPushButton *m_add;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_results;
    AuthPolicyTaskPoller *m_poller = nullptr;
    int m_pollDelayMs = 500;
};
