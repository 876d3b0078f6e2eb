#include "SecretGuard.h"

#include <QMutex>
#include <QStringList>

#include <cstdlib>
#include <cstring>

namespace {

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QStringList &secrets()
{
    static QStringList list;
    return list;
}

QString &keyFromEnvironment()
{
    static QString key;
    return key;
}

QtMessageHandler previousHandler = nullptr;

void filterMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString shown = message;
    {
        QMutexLocker lock(&secretsMutex());
        for (const QString &secret : std::as_const(secrets()))
            shown.replace(secret, QStringLiteral("<redacted>"));
    }
    if (previousHandler)
        previousHandler(type, context, shown);
}

} // namespace

namespace SecretGuard {

void takeEnvironmentKey()
{
    const char *name = "ORGDESK_API_KEY";
    char *value = std::getenv(name);
    if (!value)
        return;
    keyFromEnvironment() = QString::fromUtf8(value).trimmed();
    hideInMessages(keyFromEnvironment());
    // The variable's text stays in the process's first memory page (/proc/<pid>/environ reads
    // it) even after unsetenv: blank it first.
    std::memset(value, 'x', std::strlen(value));
    unsetenv(name);
}

QString environmentKey()
{
    return keyFromEnvironment();
}

void hideInMessages(const QString &secret)
{
    if (secret.isEmpty())
        return;
    QMutexLocker lock(&secretsMutex());
    if (!secrets().contains(secret))
        secrets().append(secret);
}

void installMessageFilter()
{
    QtMessageHandler previous = qInstallMessageHandler(filterMessage);
    if (previous != filterMessage)
        previousHandler = previous;
}

} // namespace SecretGuard
