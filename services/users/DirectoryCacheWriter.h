#pragma once

#include "DirectoryUser.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;

// Writes a refresh of the directory cache (DirectoryCache) on a worker thread of its own, with
// its own connection to the organization's database: the window never waits on the disk. Calls
// are queued in order; a refresh is begin, its pages, then finish (or abandon: nobody is
// removed). A page that cannot be written spoils the refresh: its finish removes nobody either.
class DirectoryCacheWriter : public QObject
{
    Q_OBJECT

public:
    // `folder` empty: OrgDatabase's default.
    DirectoryCacheWriter(const QString &orgId, const QString &folder, QObject *parent = nullptr);
    ~DirectoryCacheWriter() override; // what was queued is written first

    void beginRefresh();
    void storePage(const QList<DirectoryUser> &people);
    void finishRefresh(qint64 nowMs);
    void abandonRefresh();
    // After finishRefresh(): the snapshot of what it left (DirectoryCache::storeSnapshot), its
    // chunks made on the worker thread; not stored when the refresh could not be completed.
    void storeSnapshot(std::function<QByteArray()> nextChunk);
    void clear();

Q_SIGNALS:
    // A finished refresh: how many people went (-1 when it could not be completed: `error`).
    void refreshStored(int removed, const QString &error);

private:
    class Worker;
    template <typename Call> void post(Call call);

    QThread *m_thread;
    Worker *m_worker; // lives on m_thread
};
