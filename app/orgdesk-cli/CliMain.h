#pragma once

#include <QStringList>

// Dispatches `orgdesk-cli GROUP ACTION [options]` to the command group and returns the exit
// code (see CliExit.h). Runs the event loop while a command talks to the server.
int runCli(const QStringList &arguments);
