#include "OrgDatabase.h"

#include "OrgSchema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

QString nextConnectionName(const QString &orgId)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("orgdesk-org-%1-%2").arg(orgId).arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase &database, const QString &statement, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

int userVersion(QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

// An org id becomes a file name: keep it to the characters an id has.
QString fileNameFor(const QString &orgId)
{
    QString name;
    for (const QChar c : orgId)
        name += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                    ? c
                    : QLatin1Char('_');
    return name + QStringLiteral(".sqlite");
}

} // namespace

OrgDatabase::OrgDatabase(const QString &orgId, const QString &folder)
    : m_connection(nextConnectionName(orgId)), m_path(filePathFor(orgId, folder))
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = QCoreApplication::translate("OrgDatabase", "Could not create the folder %1.")
                      .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
        return;
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(m_path);
    // Another connection (the sync's worker, the CLI) may hold the write lock for a moment.
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database.open()) {
        m_error = database.lastError().text();
        return;
    }
    const bool ready = exec(database, QStringLiteral("PRAGMA journal_mode=WAL"), &m_error) &&
                       exec(database, QStringLiteral("PRAGMA synchronous=NORMAL"), &m_error) &&
                       exec(database, QStringLiteral("PRAGMA temp_store=MEMORY"), &m_error) &&
                       exec(database, QStringLiteral("PRAGMA cache_size=-16000"), &m_error) &&
                       migrate(database, &m_error);
    if (!ready)
        database.close();
}

OrgDatabase::~OrgDatabase()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool OrgDatabase::isOpen() const
{
    return m_error.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

QString OrgDatabase::lastError() const
{
    return m_error;
}

QString OrgDatabase::filePath() const
{
    return m_path;
}

QSqlDatabase OrgDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString OrgDatabase::defaultFolder()
{
    // Shared by orgdesk and orgdesk-cli, whatever each calls itself (as the settings are):
    // $XDG_DATA_HOME/Orgdesk/orgs.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Orgdesk/orgs");
}

QString OrgDatabase::filePathFor(const QString &orgId, const QString &folder)
{
    const QString base = folder.isEmpty() ? defaultFolder() : folder;
    return QDir(base).filePath(fileNameFor(orgId));
}

bool OrgDatabase::remove(const QString &orgId, const QString &folder)
{
    const QString path = filePathFor(orgId, folder);
    bool allGone = true;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            allGone = false;
    }
    return allGone;
}

int OrgDatabase::schemaVersion()
{
    return int(OrgSchema::migrations().size());
}

bool OrgDatabase::migrate(QSqlDatabase &database, QString *error)
{
    const QList<QStringList> migrations = OrgSchema::migrations();
    if (userVersion(database) == migrations.size())
        return true;
    // BEGIN IMMEDIATE takes the write lock first, so two connections never migrate twice.
    if (!exec(database, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    const int from = userVersion(database);
    if (from < 0 || from > migrations.size()) {
        exec(database, QStringLiteral("ROLLBACK"), nullptr);
        if (error) {
            *error = from < 0
                         ? QCoreApplication::translate("OrgDatabase",
                                                       "The local database could not be read.")
                         : QCoreApplication::translate("OrgDatabase",
                                                       "The local database was written by a newer "
                                                       "Orgdesk (schema %1); update Orgdesk.")
                               .arg(from);
        }
        return false;
    }
    for (int version = from; version < migrations.size(); ++version) {
        for (const QString &statement : migrations.at(version)) {
            if (!exec(database, statement, error)) {
                exec(database, QStringLiteral("ROLLBACK"), nullptr);
                return false;
            }
        }
    }
    const bool ok =
        exec(database, QStringLiteral("PRAGMA user_version=%1").arg(migrations.size()), error) &&
        exec(database, QStringLiteral("COMMIT"), error);
    if (!ok)
        exec(database, QStringLiteral("ROLLBACK"), nullptr);
    return ok;
}
