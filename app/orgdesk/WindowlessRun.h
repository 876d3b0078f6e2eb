#pragma once

// `orgdesk --help` and `--version` over SSH, and a clear word when there is no display. These
// run on a QCoreApplication, before any window system is touched: Qt's platform plugin aborts
// the program when it finds no display.

// True when this run opens no window: the command line asks for help or the version, or there
// is no display to open a window on.
bool runsWithoutWindow(int argc, char *argv[]);

// Prints the help, the version or a usage error, or says in one line that there is no display.
// Returns the exit code.
int runWithoutWindow(int argc, char *argv[]);
