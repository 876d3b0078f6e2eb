#pragma once

#include <QStringList>

// `orgdesk-cli users list ...`: `arguments` is the program name, the action and its options.
// Returns the exit code.
int runUsersCommand(const QStringList &arguments);
