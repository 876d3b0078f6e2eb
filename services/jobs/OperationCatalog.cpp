#include "OperationCatalog.h"

#include "GroupOperations.h"
#include "InviteOperation.h"
#include "ScimOperations.h"
#include "SecurityOperations.h"
#include "UserOperations.h"

void registerBulkOperations()
{
    registerUserOperations();
    registerInviteOperation();
    registerGroupOperations();
    registerSecurityOperations();
    registerScimOperations();
}
