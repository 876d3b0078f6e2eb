#include "DirectoryCacheWriter.h"

#include "DirectoryCache.h"
#include "OrgDatabase.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <memory>
#include <utility>

class DirectoryCacheWriter::Worker : public QObject
{
public:
    Worker(QString orgId, QString folder) : m_orgId(std::move(orgId)), m_folder(std::move(folder))
    {}

    ~Worker() override
    {
        m_cache.reset(); // before the connection it uses
        m_database.reset();
    }

    DirectoryCache *cache(QString *error)
    {
        if (!m_cache) {
            // Opened on first use, so that the connection belongs to the worker thread.
            m_database = std::make_unique<OrgDatabase>(m_orgId, m_folder);
            m_cache = std::make_unique<DirectoryCache>(m_database->database());
        }
        if (m_database->isOpen() && m_cache->isOpen())
            return m_cache.get();
        *error = QCoreApplication::translate("DirectoryCache",
                                             "The local copy of the directory %1 could not be "
                                             "opened: %2")
                     .arg(m_database->filePath(),
                          m_database->isOpen() ? m_cache->lastError() : m_database->lastError());
        return nullptr;
    }

    void begin()
    {
        QString error;
        DirectoryCache *target = cache(&error);
        m_finished = false;
        const std::optional<qint64> generation =
            target ? target->beginRefresh() : std::optional<qint64>();
        m_generation = generation.value_or(-1);
        m_position = 0;
        m_error = generation ? QString() : (target ? target->lastError() : error);
    }

    void store(const QList<DirectoryUser> &people)
    {
        QString error;
        DirectoryCache *target = m_generation >= 0 ? cache(&error) : nullptr;
        if (!target)
            return;
        if (!target->storePage(people, m_generation, m_position)) {
            m_error = target->lastError();
            m_generation = -1; // a page is missing: the refresh may not remove anyone
        }
        m_position += people.size();
    }

    std::pair<int, QString> finish(qint64 nowMs)
    {
        QString error;
        DirectoryCache *target = m_generation >= 0 ? cache(&error) : nullptr;
        const int removed = target ? target->finishRefresh(m_generation, nowMs) : -1;
        if (target && removed < 0)
            m_error = target->lastError();
        m_generation = -1;
        m_finished = removed >= 0;
        return {removed, removed < 0 ? QCoreApplication::translate(
                                           "DirectoryCache",
                                           "Could not write the local copy of the directory: %1")
                                           .arg(m_error)
                                     : QString()};
    }

    void abandon() { m_generation = -1; }

    void storeSnapshot(const std::function<QByteArray()> &nextChunk)
    {
        // One that cannot be stored costs only speed: the next start reads the records.
        QString error;
        if (DirectoryCache *target = std::exchange(m_finished, false) ? cache(&error) : nullptr)
            target->storeSnapshot(nextChunk);
    }

    void clear()
    {
        QString error;
        if (DirectoryCache *target = cache(&error))
            target->clear();
    }

private:
    QString m_orgId;
    QString m_folder;
    std::unique_ptr<OrgDatabase> m_database;
    std::unique_ptr<DirectoryCache> m_cache;
    qint64 m_generation = -1;
    qint64 m_position = 0;
    bool m_finished = false; // the last refresh was completed: its snapshot may follow
    QString m_error;
};

DirectoryCacheWriter::DirectoryCacheWriter(const QString &orgId, const QString &folder,
                                           QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new Worker(orgId, folder))
{
    m_thread->setObjectName(QStringLiteral("directory-cache"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

DirectoryCacheWriter::~DirectoryCacheWriter()
{
    // The writes queued before this run first (each page whole or not at all): the last queued
    // call ends the thread's loop. quit() from here would end it at once and drop them, a
    // finished refresh with them, when the area closed just after the refresh.
    QThread *thread = m_thread;
    post([thread] { thread->quit(); });
    m_thread->wait();
}

template <typename Call> void DirectoryCacheWriter::post(Call call)
{
    QMetaObject::invokeMethod(m_worker, std::move(call), Qt::QueuedConnection);
}

void DirectoryCacheWriter::storeSnapshot(std::function<QByteArray()> nextChunk)
{
    Worker *worker = m_worker;
    post([worker, nextChunk = std::move(nextChunk)] { worker->storeSnapshot(nextChunk); });
}

void DirectoryCacheWriter::beginRefresh()
{
    Worker *worker = m_worker;
    post([worker] { worker->begin(); });
}

void DirectoryCacheWriter::storePage(const QList<DirectoryUser> &people)
{
    Worker *worker = m_worker;
    post([worker, people] { worker->store(people); });
}

void DirectoryCacheWriter::finishRefresh(qint64 nowMs)
{
    Worker *worker = m_worker;
    QPointer<DirectoryCacheWriter> self(this);
    post([worker, nowMs, self] {
        const auto [removed, error] = worker->finish(nowMs);
        // Back on the writer's own thread, unless it is gone by then.
        QMetaObject::invokeMethod(
            qApp,
            [self, removed = removed, error = error] {
                if (self)
                    Q_EMIT self->refreshStored(removed, error);
            },
            Qt::QueuedConnection);
    });
}

void DirectoryCacheWriter::abandonRefresh()
{
    Worker *worker = m_worker;
    post([worker] { worker->abandon(); });
}

void DirectoryCacheWriter::clear()
{
    Worker *worker = m_worker;
    post([worker] { worker->clear(); });
}
