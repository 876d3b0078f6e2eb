#pragma once

#include "ApiError.h"
#include "CliExit.h"
#include "OutputFormat.h"
#include "Pager.h"

#include <QEventLoop>
#include <QFile>

#include <functional>

// What the scim commands share: writing a listing's pages as they arrive, and asking first.
namespace ScimCliRun {

// Fetches pages from `pager` (every page, or only the first when `allPages` is false) and
// writes their rows in `format`; says a failure on stderr. Returns the exit code.
template <typename T, typename PagerType>
int writePages(PagerType *pager, void (PagerType::*received)(const QList<T> &, bool),
               const std::function<QList<Row>(const QList<T> &)> &rowsOf, OutputFormat format,
               const QStringList &columns, bool allPages)
{
    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    const std::unique_ptr<RowWriter> writer = makeRowWriter(format, &out, columns);
    QEventLoop loop;
    ApiError error;
    bool written = true;
    QObject::connect(pager, received, &loop, [&](const QList<T> &items, bool hasMore) {
        written = writer->write(rowsOf(items));
        if (written && hasMore && allPages)
            pager->fetchNext();
        else
            loop.quit();
    });
    QObject::connect(pager, &Pager::failed, &loop, [&](const ApiError &failure) {
        error = failure;
        loop.quit();
    });
    pager->fetchNext();
    loop.exec();
    if (error.isError()) {
        printErrorLine(error.userMessage());
        return exitCodeFor(error);
    }
    if (!written || !writer->finish()) {
        printErrorLine(QStringLiteral("could not write the output: ") + out.errorString());
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

// Asks `question` on the terminal, `expected` to be typed, unless `assumeYes`. False when the
// answer was no (or there is no terminal), with `exitCode` set and the reason on stderr.
bool confirm(const QString &question, const QString &expected, bool assumeYes, int *exitCode);

} // namespace ScimCliRun
