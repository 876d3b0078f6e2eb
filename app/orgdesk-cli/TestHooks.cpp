#include "TestHooks.h"

#include "CliConnection.h"

#include <QProcess>

#include <csignal>
#include <cstdlib>

void runTestHook([[maybe_unused]] const CliConnection &connection)
{
#ifdef ORGDESK_TEST_HOOKS
    const QByteArray hook = qgetenv("ORGDESK_TEST_HOOK");
    if (hook == "fatal")
        qFatal("forced by a test while holding the key %s", qPrintable(connection.apiKey));
    if (hook == "crash")
        std::raise(SIGSEGV);
    if (hook == "environment") {
        // What a child process inherits, and what /proc shows of this one's environment.
        QProcess::execute(QStringLiteral("sh"),
                          {QStringLiteral("-c"),
                           QStringLiteral("echo \"child sees: ${ORGDESK_API_KEY:-nothing}\"; "
                                          "tr '\\0' '\\n' < /proc/$PPID/environ")});
        std::exit(0);
    }
#endif
}
