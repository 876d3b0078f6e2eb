#include "OperationCatalog.h"

#include "GroupOperations.h"
#include "SecurityOperations.h"
#include "UserOperations.h"

void registerBulkOperations()
{
    registerUserOperations();
    registerGroupOperations();
    registerSecurityOperations();
}
