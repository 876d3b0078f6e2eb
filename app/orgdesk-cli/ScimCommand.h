#pragma once

#include <QStringList>

// `orgdesk-cli scim users|groups|links|unlink|delete-records|check ...`: `arguments` is the
// program name, the verb and its options. Returns the exit code.
int runScimCommand(const QStringList &arguments);
