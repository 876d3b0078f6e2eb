#pragma once

#include <QStringList>

// `orgdesk-cli audit sync|search|tail ...`: the organization's audit log, kept in the local
// archive (services/audit). `arguments` is the program name, the action and its options.
// Returns the exit code.
int runAuditCommand(const QStringList &arguments);
