#pragma once

#include "OutputFormat.h"
#include "UserQuery.h"

#include <QString>

// `users list --cached`: the people kept on this computer for the organization (the directory
// cache the window writes), with --status and --search applied here; no network, no key. Says
// on stderr how old the copy is. Returns the exit code.
int listCachedUsers(const QString &orgId, const UserQuery &query, OutputFormat format);
