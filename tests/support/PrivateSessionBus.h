#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A D-Bus session bus of the test's own (a dbus-daemon with no service files, so nothing starts
// on demand): a test plays a service on it that the desktop would have, or leaves it empty.
// Stops the daemon when it goes.
class PrivateSessionBus
{
public:
    ~PrivateSessionBus();

    // Starts the daemon; false with `problem` set when it could not (missing: dbus-daemon is not
    // installed, and the test should skip).
    bool start(QString *problem, bool *missing);
    QString address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};
