#include "UsersCachedList.h"

#include "CliExit.h"
#include "DirectoryCache.h"
#include "OrgDatabase.h"
#include "UserColumns.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace {

bool matches(const DirectoryUser &user, const UserQuery &query)
{
    if (!query.statuses.isEmpty() && !query.statuses.contains(user.status))
        return false;
    const QString &term = query.searchTerm;
    return term.isEmpty() || user.name.contains(term, Qt::CaseInsensitive) ||
           user.nickname.contains(term, Qt::CaseInsensitive) ||
           user.email.contains(term, Qt::CaseInsensitive);
}

QString ageLine(qint64 asOfMs)
{
    const QDateTime asOf = QDateTime::fromMSecsSinceEpoch(asOfMs, Qt::UTC);
    const qint64 minutes = qMax<qint64>(0, asOf.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    return QStringLiteral("people as of %1 (%2 minute%3 ago)")
        .arg(asOf.toLocalTime().toString(Qt::ISODate))
        .arg(minutes)
        .arg(minutes == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

int listCachedUsers(const QString &orgId, const UserQuery &query, OutputFormat format)
{
    const QString noCache =
        QStringLiteral("there is no local copy of the people of organization %1: open the Users "
                       "area in Orgdesk with the directory cache on (View menu), then try again.")
            .arg(orgId);
    if (!QFileInfo::exists(OrgDatabase::filePathFor(orgId))) {
        printErrorLine(noCache);
        return ExitCode::Failure;
    }
    OrgDatabase database(orgId);
    const DirectoryCache cache(database.database());
    if (!database.isOpen() || !cache.isOpen()) {
        printErrorLine(QStringLiteral("the local copy of the directory %1 could not be opened: %2")
                           .arg(database.filePath(),
                                database.isOpen() ? cache.lastError() : database.lastError()));
        return ExitCode::Failure;
    }
    const qint64 asOfMs = cache.asOfMs();
    if (asOfMs <= 0 || cache.count() == 0) {
        printErrorLine(noCache);
        return ExitCode::Failure;
    }
    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    const std::unique_ptr<RowWriter> writer = makeRowWriter(format, &out, userColumns());
    QList<Row> rows;
    bool written = true;
    cache.readPeople([&](DirectoryUser &&user) {
        if (!matches(user, query))
            return;
        rows.append(userRow(user));
        if (rows.size() >= 500) {
            written = written && writer->write(rows);
            rows.clear();
        }
    });
    written = written && writer->write(rows) && writer->finish();
    if (!written) {
        printErrorLine(QStringLiteral("could not write to standard output."));
        return ExitCode::Failure;
    }
    printErrorLine(ageLine(asOfMs));
    return ExitCode::Success;
}
