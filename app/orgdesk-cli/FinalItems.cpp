#include "FinalItems.h"

#include "BulkJob.h"

#include <memory>

void printEachFinalItemOnce(BulkJob *job, QObject *context,
                            const std::function<void(const JobItem &)> &print,
                            const std::function<bool(const JobItem &)> &printNow)
{
    auto printed = std::make_shared<QList<bool>>(job->items().size(), false);
    auto printIfFinal = [job, printed, print](int index) {
        const JobItem &item = job->items().at(index);
        if (printed->at(index) || item.state == JobItem::State::Pending ||
            item.state == JobItem::State::Running)
            return;
        (*printed)[index] = true;
        print(item);
    };
    if (printNow) {
        for (int i = 0; i < job->items().size(); ++i) {
            if (printNow(job->items().at(i)))
                printIfFinal(i);
        }
    }
    QObject::connect(job, &BulkJob::itemChanged, context, printIfFinal);
}
