#pragma once

#include "AuditArchive.h"
#include "AuditFilter.h"
#include "OrgDatabase.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

// Reads from an organization's archive on a worker thread (its own connection, opened for the
// call), for what takes a moment over a million events (a count, the archive's span), and hands
// the answer to `done` on the calling thread, unless `context` is gone by then.
namespace AuditBackground {

template <typename T>
void read(const QString &orgId, const QString &databaseFolder, QObject *context,
          std::function<T(const AuditArchive &)> work, std::function<void(const T &)> done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([orgId, databaseFolder, work] {
        OrgDatabase database(orgId, databaseFolder);
        const AuditArchive archive(database.database());
        return work(archive);
    }));
}

} // namespace AuditBackground
