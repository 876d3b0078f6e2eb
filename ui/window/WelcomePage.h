#pragma once

#include <QWidget>

class QCommandLinkButton;

// What Orgdesk shows on first run, with no profile yet: two ways in.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QCommandLinkButton *connectButton() const { return m_connect; }
    QCommandLinkButton *sandboxButton() const { return m_sandbox; }

Q_SIGNALS:
    void connectRequested();
    void sandboxRequested();

private:
    QCommandLinkButton *m_connect;
    QCommandLinkButton *m_sandbox;
};
