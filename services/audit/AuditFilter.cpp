#include "AuditFilter.h"

bool AuditFilter::isEmpty() const
{
    return fromMs == 0 && toMs == 0 && actions.isEmpty() && actionGroups.isEmpty() &&
           actors.isEmpty() && targets.isEmpty() && involving.isEmpty() && products.isEmpty() &&
           ips.isEmpty() && countries.isEmpty() && text.trimmed().isEmpty();
}
