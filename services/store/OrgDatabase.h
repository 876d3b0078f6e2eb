#pragma once

#include <QSqlDatabase>
#include <QString>

// The SQLite database where Orgdesk keeps one organization's local data between runs (the audit
// archive and the directory cache): $XDG_DATA_HOME/Orgdesk/orgs/<orgId>.sqlite (the same
// file for the window and the CLI), WAL mode. Each
// OrgDatabase is one connection, for the thread that made it. Never holds a key.
class OrgDatabase
{
public:
    // `folder` empty: defaultFolder().
    explicit OrgDatabase(const QString &orgId, const QString &folder = QString());
    ~OrgDatabase(); // closes and removes the connection
    OrgDatabase(const OrgDatabase &) = delete;
    OrgDatabase &operator=(const OrgDatabase &) = delete;

    bool isOpen() const;
    QString lastError() const;
    QString filePath() const;
    QSqlDatabase database() const;

    static QString defaultFolder();
    static QString filePathFor(const QString &orgId, const QString &folder = QString());
    // Removes an organization's database files (a profile removed); true when none remain.
    static bool remove(const QString &orgId, const QString &folder = QString());

    // Brings `database` to the current schema (PRAGMA user_version), every migration in order,
    // each in its own transaction. Safe when another connection migrates at the same time.
    static bool migrate(QSqlDatabase &database, QString *error = nullptr);
    static int schemaVersion();

private:
    QString m_connection;
    QString m_path;
    QString m_error;
};
