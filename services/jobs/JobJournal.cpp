#include "JobJournal.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QJsonObject itemToJson(const JobItem &item)
{
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("label"), item.label},
            {QStringLiteral("extra"), item.extra},
            {QStringLiteral("state"), JobItem::stateName(item.state)},
            {QStringLiteral("reason"), item.reason}};
}

JobItem itemFromJson(const QJsonObject &object)
{
    JobItem item;
    item.id = object.value(QLatin1String("id")).toString();
    item.label = object.value(QLatin1String("label")).toString();
    item.extra = object.value(QLatin1String("extra")).toObject();
    item.state = JobItem::stateFromName(object.value(QLatin1String("state")).toString());
    item.reason = object.value(QLatin1String("reason")).toString();
    return item;
}

// An id as the server hands them out (account, token and key ids). A journal edited by hand
// could hold one that is empty or that changes the request's path ("a/../b", "a?x"): resuming it
// would act on someone else.
bool isPlausibleId(const QString &id)
{
    if (id.isEmpty() || id == QLatin1String(".") || id == QLatin1String(".."))
        return false;
    for (const QChar c : id) {
        if (c == u'/' || c == u'\\' || c == u'?' || c == u'#' || c == u'%' || c.isSpace() ||
            c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

JobJournal::JobJournal(const QString &directory) : m_directory(directory)
{
    m_directory.mkpath(QStringLiteral("."));
}

JobJournal::~JobJournal() = default;

QString JobJournal::pathFor(const QString &jobId) const
{
    return m_directory.filePath(jobId + QStringLiteral(".jsonl"));
}

bool JobJournal::create(const JobSpec &spec, const QList<JobItem> &items)
{
    return rewrite(spec, items, false);
}

bool JobJournal::rewrite(const JobSpec &spec, const QList<JobItem> &items, bool finished)
{
    m_open.remove(spec.id);
    QJsonArray itemArray;
    for (const JobItem &item : items)
        itemArray.append(itemToJson(item));
    QJsonObject header{{QStringLiteral("spec"), spec.toJson()},
                       {QStringLiteral("items"), itemArray}};
    QSaveFile file(pathFor(spec.id));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
    if (finished)
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("finished"), true}})
                       .toJson(QJsonDocument::Compact) +
                   '\n');
    return file.commit();
}

void JobJournal::append(const QString &jobId, const QJsonObject &line)
{
    std::shared_ptr<QFile> &file = m_open[jobId];
    if (!file) {
        file = std::make_shared<QFile>(pathFor(jobId));
        if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
            m_open.remove(jobId);
            return;
        }
    }
    file->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    file->flush();
}

void JobJournal::recordItem(const QString &jobId, int index, const JobItem &item)
{
    // The id too, so that reading back can tell the line still speaks of the same person.
    append(jobId, {{QStringLiteral("i"), index},
                   {QStringLiteral("id"), item.id},
                   {QStringLiteral("s"), JobItem::stateName(item.state)},
                   {QStringLiteral("r"), item.reason}});
}

void JobJournal::recordFinished(const QString &jobId)
{
    append(jobId, {{QStringLiteral("finished"), true}});
    m_open.remove(jobId);
}

JobJournal::Entry JobJournal::read(const QString &path, bool *ok)
{
    Entry entry;
    QFile file(path);
    if (ok)
        *ok = false;
    if (!file.open(QIODevice::ReadOnly))
        return entry;
    const QJsonObject header = QJsonDocument::fromJson(file.readLine()).object();
    if (!header.contains(QLatin1String("spec")))
        return entry;
    entry.spec = JobSpec::fromJson(header.value(QLatin1String("spec")).toObject());
    // Later lines go to the file its id names: a copied or renamed file would mix two jobs.
    if (entry.spec.id.isEmpty() ||
        entry.spec.id + QLatin1String(".jsonl") != QFileInfo(path).fileName())
        return entry;
    for (const QJsonValue &value : header.value(QLatin1String("items")).toArray()) {
        JobItem item = itemFromJson(value.toObject());
        if (!isPlausibleId(item.id))
            return entry;
        entry.items.append(std::move(item));
    }
    while (!file.atEnd()) {
        const QJsonDocument line = QJsonDocument::fromJson(file.readLine());
        if (!line.isObject())
            continue; // a line torn by a crash
        const QJsonObject change = line.object();
        if (change.value(QLatin1String("finished")).toBool()) {
            entry.finished = true;
            continue;
        }
        const int index = change.value(QLatin1String("i")).toInt(-1);
        if (index < 0 || index >= entry.items.size())
            continue;
        JobItem &item = entry.items[index];
        // A line about someone else than the item at its index: the items were edited, and
        // which of them were done can no longer be told. Nothing of this job is resumed.
        const QJsonValue id = change.value(QLatin1String("id"));
        if (!id.isUndefined() && id.toString() != item.id)
            return entry;
        item.state = JobItem::stateFromName(change.value(QLatin1String("s")).toString());
        item.reason = change.value(QLatin1String("r")).toString();
    }
    // Whatever was in flight when the app stopped is pending again, to be checked first.
    for (JobItem &item : entry.items) {
        if (item.state == JobItem::State::Running) {
            item.state = JobItem::State::Pending;
            item.interrupted = true;
        }
    }
    if (ok)
        *ok = true;
    return entry;
}

QList<JobJournal::Entry> JobJournal::load() const
{
    QList<Entry> entries;
    const QStringList files = m_directory.entryList({QStringLiteral("*.jsonl")}, QDir::Files,
                                                    QDir::Time | QDir::Reversed);
    for (const QString &name : files) {
        bool ok = false;
        Entry entry = read(m_directory.filePath(name), &ok);
        if (ok)
            entries.append(std::move(entry));
    }
    return entries;
}

QList<JobJournal::Entry> JobJournal::unfinished() const
{
    QList<Entry> entries = load();
    entries.removeIf([](const Entry &entry) { return entry.finished; });
    return entries;
}

void JobJournal::remove(const QString &jobId)
{
    m_open.remove(jobId);
    QFile::remove(pathFor(jobId));
}
