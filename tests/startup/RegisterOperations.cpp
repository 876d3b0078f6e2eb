// Every test program is put together like the application: the bulk operations are registered
// before the test's own code runs.
#include "OperationCatalog.h"

#include <QCoreApplication>

Q_COREAPP_STARTUP_FUNCTION(registerBulkOperations)
