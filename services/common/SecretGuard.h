#pragma once

#include <QString>

// Keeps the keys a process holds out of what it prints and passes on.
namespace SecretGuard {

// Reads ORGDESK_API_KEY once, at start-up, then wipes and removes it from the environment, so
// that no child process inherits it and /proc/<pid>/environ no longer shows it. Call before
// anything starts a thread or a process.
void takeEnvironmentKey();
// What takeEnvironmentKey() found; empty when the variable was not set.
QString environmentKey();

// From now on, every qDebug/qWarning/qCritical/qFatal message has `secret` replaced by
// "<redacted>" before it is printed. Thread-safe; ApiClient registers each key it is given.
void hideInMessages(const QString &secret);
// Installs the message handler that does it (the mains call it first thing).
void installMessageFilter();

} // namespace SecretGuard
