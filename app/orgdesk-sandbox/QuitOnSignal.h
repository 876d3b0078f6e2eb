#pragma once

// Makes SIGTERM and SIGINT quit the application's event loop cleanly (self-pipe trick: the
// signal handler only writes a byte; a socket notifier quits on the event loop). Call once,
// after the QCoreApplication exists. A no-op where POSIX signals do not exist.
void quitOnTerminationSignals();
