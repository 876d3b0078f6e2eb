#include "Icons.h"

#include <QFile>
#include <QHash>

// Outside any namespace, as Q_INIT_RESOURCE needs: the icons live in the ui library's resources,
// which a program (or a test) may not have opened yet.
static void openIconResources()
{
    static const bool opened = [] {
        Q_INIT_RESOURCE(orgdesk);
        return true;
    }();
    Q_UNUSED(opened);
}

namespace Icons {

namespace {

struct Entry
{
    const char *themeName; // freedesktop name; nullptr: Orgdesk's own only
    const char *file;      // under :/icons/
};

const QHash<QString, Entry> &areaEntries()
{
    static const QHash<QString, Entry> entries = {
        {QStringLiteral("overview"), {nullptr, "area-overview"}},
        {QStringLiteral("users"), {"system-users", "area-users"}},
        {QStringLiteral("groups"), {"user-group-properties", "area-groups"}},
        {QStringLiteral("domains"), {"network-server", "area-domains"}},
        {QStringLiteral("policies"), {"security-medium", "area-policies"}},
        {QStringLiteral("classification"), {"tag", "area-classification"}},
        {QStringLiteral("apiKeys"), {"security-high", "area-apikeys"}},
        {QStringLiteral("apiTokens"), {"dialog-password", "area-apitokens"}},
        {QStringLiteral("audit"), {"view-history", "area-audit"}},
        {QStringLiteral("provisioning"), {nullptr, "area-provisioning"}},
    };
    return entries;
}

Entry actionEntry(Action action)
{
    switch (action) {
    case Action::Refresh:
        return {"view-refresh", "action-refresh"};
    case Action::Export:
        return {"document-export", "action-export"};
    case Action::Search:
        return {"edit-find", "action-search"};
    case Action::Filter:
        return {"view-filter", "action-filter"};
    case Action::Add:
        return {"list-add", "action-add"};
    case Action::Remove:
        return {"list-remove", "action-remove"};
    case Action::Revoke:
        return {nullptr, "action-revoke"};
    case Action::Suspend:
        return {"media-playback-pause", "action-suspend"};
    case Action::Restore:
        return {"media-playback-start", "action-restore"};
    }
    return {nullptr, "action-add"};
}

// The states are Orgdesk's own only: their colours say the state, and a theme's set would mix
// styles within one column.
const char *jobStateFile(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return "state-pending";
    case JobState::Running:
        return "state-running";
    case JobState::Done:
        return "state-done";
    case JobState::Failed:
        return "state-failed";
    case JobState::Skipped:
        return "state-skipped";
    case JobState::Cancelled:
        return "state-cancelled";
    }
    return "state-pending";
}

QString pathOf(const char *file)
{
    return QStringLiteral(":/icons/%1.svg").arg(QLatin1String(file));
}

QIcon load(const Entry &entry)
{
    openIconResources();
    // An SVG icon renders each size it is asked for, sharp at any scale.
    const QString path = pathOf(entry.file);
    QIcon own(path);
    // On a selected row (the highlight colour) the grey icons turn white; the coloured state
    // icons read on it as they are.
    const QString selected =
        QStringLiteral(":/icons/selected/%1.svg").arg(QLatin1String(entry.file));
    if (QFile::exists(selected))
        own.addFile(selected, QSize(), QIcon::Selected);
    return entry.themeName ? QIcon::fromTheme(QLatin1String(entry.themeName), own) : own;
}

} // namespace

QIcon area(const QString &key)
{
    const auto found = areaEntries().constFind(key);
    return found == areaEntries().constEnd() ? QIcon() : load(found.value());
}

QIcon action(Action which)
{
    return load(actionEntry(which));
}

QIcon jobState(JobState state)
{
    return load({nullptr, jobStateFile(state)});
}

QIcon jobState(JobItem::State state)
{
    switch (state) {
    case JobItem::State::Pending:
        return jobState(JobState::Pending);
    case JobItem::State::Running:
        return jobState(JobState::Running);
    case JobItem::State::Done:
        return jobState(JobState::Done);
    case JobItem::State::Failed:
        return jobState(JobState::Failed);
    case JobItem::State::Skipped:
        return jobState(JobState::Skipped);
    }
    return jobState(JobState::Pending);
}

QIcon jobState(BulkJob::Status status, bool hasFailures)
{
    switch (status) {
    case BulkJob::Status::Ready:
    case BulkJob::Status::Interrupted: // waits to be resumed
        return jobState(JobState::Pending);
    case BulkJob::Status::Running:
    case BulkJob::Status::Cancelling:
        return jobState(JobState::Running);
    case BulkJob::Status::Cancelled:
        return jobState(JobState::Cancelled);
    case BulkJob::Status::Finished:
        return jobState(hasFailures ? JobState::Failed : JobState::Done);
    }
    return jobState(JobState::Pending);
}

QStringList areaKeys()
{
    return {QStringLiteral("overview"), QStringLiteral("users"),
            QStringLiteral("groups"),   QStringLiteral("domains"),
            QStringLiteral("policies"), QStringLiteral("classification"),
            QStringLiteral("apiKeys"),  QStringLiteral("apiTokens"),
            QStringLiteral("audit"),    QStringLiteral("provisioning")};
}

QStringList resourcePaths()
{
    QStringList paths;
    for (const QString &key : areaKeys())
        paths.append(pathOf(areaEntries().value(key).file));
    for (int i = 0; i <= int(Action::Restore); ++i)
        paths.append(pathOf(actionEntry(Action(i)).file));
    for (int i = 0; i <= int(JobState::Cancelled); ++i)
        paths.append(pathOf(jobStateFile(JobState(i))));
    return paths;
}

} // namespace Icons
