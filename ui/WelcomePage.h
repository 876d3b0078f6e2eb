#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

// What Orgdesk shows on first run, with no profile yet: two ways in.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QCommandLinkButton *connectButton() const { return m_connect; }
    QCommandLinkButton *sandboxButton() const { return m_sandbox; }
    // A line under the buttons, e.g. that no keychain answers (empty hides it).
    void setNotice(const QString &text);
    QString notice() const;

Q_SIGNALS:
    void connectRequested();
    void sandboxRequested();

private:
    QCommandLinkButton *m_connect;
    QCommandLinkButton *m_sandbox;
    QLabel *m_notice;
};
