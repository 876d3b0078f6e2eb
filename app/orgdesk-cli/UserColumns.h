#pragma once

#include "OutputFormat.h"

struct DirectoryUser;

// The columns of `users list`, in order: account_id, name, email, status, account_status,
// last_active, mfa_enabled, claim_status, management_source, added_to_org.
QStringList userColumns();
// One user as a row of those columns: strings, ISO 8601 UTC dates, a bool (or null) for MFA,
// null where the value is unknown.
Row userRow(const DirectoryUser &user);
