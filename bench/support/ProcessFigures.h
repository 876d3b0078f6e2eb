#pragma once

#include <QByteArray>
#include <QtGlobal>

// What the benchmarks read of a process from /proc and getrusage, to print beside their times.
namespace ProcessFigures {

// A field of /proc/self/status in MiB ("VmHWM", "VmRSS"); -1 where unavailable.
double procStatusMiB(const QByteArray &field);
// User and system CPU time of another process (the sandbox), from /proc/PID/stat; -1 when gone.
double processCpuSeconds(qint64 pid);
// This process's user and system CPU time.
double cpuSeconds();

} // namespace ProcessFigures
