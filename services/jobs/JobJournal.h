#pragma once

#include "JobItem.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

// Keeps each bulk job on disk as it runs, so a quit or a crash loses nothing. One file per job:
// a first line written atomically (QSaveFile) with the spec and the items, then one appended
// line per item change, flushed at once. A torn last line (a crash mid-write) is ignored.
class JobJournal
{
public:
    struct Entry
    {
        JobSpec spec;
        QList<JobItem> items;
        bool finished = false;
    };

    explicit JobJournal(const QString &directory);
    ~JobJournal();

    QString directory() const { return m_directory.path(); }

    bool create(const JobSpec &spec, const QList<JobItem> &items);
    void recordItem(const QString &jobId, int index, const JobItem &item);
    void recordFinished(const QString &jobId);
    // Rewrites the job's file from scratch (after retry, to keep the file short).
    bool rewrite(const JobSpec &spec, const QList<JobItem> &items, bool finished);

    QList<Entry> load() const;
    QList<Entry> unfinished() const;
    void remove(const QString &jobId);

    static Entry read(const QString &path, bool *ok = nullptr);

private:
    QString pathFor(const QString &jobId) const;
    void append(const QString &jobId, const QJsonObject &line);

    QDir m_directory;
    QHash<QString, std::shared_ptr<QFile>> m_open;
};
