#include "CliMain.h"
#include "OperationCatalog.h"
#include "SecretGuard.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    SecretGuard::installMessageFilter();
    SecretGuard::takeEnvironmentKey(); // before any thread or child process starts
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orgdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORGDESK_VERSION));
    registerBulkOperations();
    return runCli(app.arguments());
}
