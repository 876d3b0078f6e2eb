#pragma once

#include <QHash>
#include <QObject>

class QSystemTrayIcon;

// Says something to the desktop outside the window: a freedesktop notification over D-Bus
// (org.freedesktop.Notifications) when the session bus has that service, else a message from
// the system tray when there is one, else nothing. Clicking the notification gives its token
// back through clicked().
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void notify(const QString &summary, const QString &body, int token);

Q_SIGNALS:
    void clicked(int token);
    // A notification went out (over D-Bus or the tray); for tests and the log.
    void shown(int token);

private Q_SLOTS:
    // A slot by name: QtDBus connects the bus's signal to it. (Some servers say
    // NotificationClosed before ActionInvoked, so ids are kept for the whole run.)
    void onActionInvoked(uint id, const QString &actionKey);

private:
    bool notifyOverDBus(const QString &summary, const QString &body, int token);
    void notifyInTray(const QString &summary, const QString &body, int token);

    bool m_busListening = false;
    QHash<uint, int> m_tokens; // notification id → token
    QSystemTrayIcon *m_tray = nullptr;
    int m_trayToken = -1;
};
