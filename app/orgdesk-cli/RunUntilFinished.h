#pragma once

#include "CliExit.h"

#include <QCoreApplication>

// Starts `job` (anything with start() and a finished(int exitCode) signal), runs the event loop
// until it finishes, and returns its exit code.
template <typename Job> int runUntilFinished(Job &job)
{
    int exitCode = ExitCode::Failure;
    QObject::connect(
        &job, &Job::finished, QCoreApplication::instance(),
        [&exitCode](int code) {
            exitCode = code;
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    job.start();
    QCoreApplication::exec();
    return exitCode;
}
