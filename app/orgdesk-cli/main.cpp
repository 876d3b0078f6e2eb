#include "CliMain.h"
#include "OperationCatalog.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orgdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORGDESK_VERSION));
    registerBulkOperations();
    return runCli(app.arguments());
}
