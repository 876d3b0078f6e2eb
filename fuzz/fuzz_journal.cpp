// The bulk-job journal as the app finds it on start: possibly cut short by a crash, possibly
// edited by hand. Whatever the file holds, reading it must not crash, and a journal offered for
// resuming must name its job by its file and each person by an id the server could have given.
#include "FuzzSupport.h"
#include "JobJournal.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir directory;
    static const QString path = directory.filePath(QStringLiteral("job.jsonl"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            Fuzz::fail("cannot write the journal file");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    bool ok = false;
    const JobJournal::Entry entry = JobJournal::read(path, &ok);
    if (!ok)
        return 0;
    Fuzz::check(entry.spec.id == QLatin1String("job"), "the journal is the job its file names");
    for (const JobItem &item : entry.items) {
        // An id with a slash would put other words in the request's path ("a/../b").
        Fuzz::check(!item.id.isEmpty() && !item.id.contains(u'/') && !item.id.contains(u'?'),
                    "each item has an id the server could have given");
        Fuzz::check(item.state != JobItem::State::Running, "nothing is left running");
    }
    // The directory view the jobs dock and the CLI read, over the same file.
    const QList<JobJournal::Entry> unfinished = JobJournal(directory.path()).unfinished();
    Fuzz::check(unfinished.size() == (entry.finished ? 0 : 1), "unfinished() agrees with read()");
    return 0;
}
