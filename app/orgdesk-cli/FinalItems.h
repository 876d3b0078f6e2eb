#pragma once

#include <functional>

class BulkJob;
class QObject;
struct JobItem;

// What the bulk commands print per item: `print` is called once for each item of `job` when it
// reaches a final state (neither pending nor running), while `context` lives; first, at once,
// for the items already final that `printNow` picks (none when it is empty).
void printEachFinalItemOnce(BulkJob *job, QObject *context,
                            const std::function<void(const JobItem &)> &print,
                            const std::function<bool(const JobItem &)> &printNow = {});
