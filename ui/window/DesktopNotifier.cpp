#include "DesktopNotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
const QString defaultAction = QStringLiteral("default");

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent) {}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString &summary, const QString &body, int token)
{
    if (!notifyOverDBus(summary, body, token))
        notifyInTray(summary, body, token);
}

bool DesktopNotifier::notifyOverDBus(const QString &summary, const QString &body, int token)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    if (!m_busListening) {
        bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint, QString)));
        m_busListening = true;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("orgdesk")}};
    call << QApplication::applicationDisplayName() << uint(0) << QStringLiteral("orgdesk")
         << summary << body << QStringList{defaultAction, tr("Open")} << hints << -1;
    // Asynchronous: a notification server that is slow to start never holds up the window.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, summary, body, token](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<uint> reply = *call;
                if (reply.isError()) {
                    notifyInTray(summary, body, token); // no notification service on this bus
                    return;
                }
                m_tokens.insert(reply.value(), token);
                Q_EMIT shown(token);
            });
    return true;
}

void DesktopNotifier::notifyInTray(const QString &summary, const QString &body, int token)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_tray->hide();
            Q_EMIT clicked(m_trayToken);
        });
    }
    m_trayToken = token;
    m_tray->show();
    m_tray->showMessage(summary, body, QSystemTrayIcon::Information);
    Q_EMIT shown(token);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (actionKey != defaultAction || !m_tokens.contains(id))
        return;
    Q_EMIT clicked(m_tokens.value(id));
}
