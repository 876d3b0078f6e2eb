#pragma once

#include <QSqlDatabase>
#include <QString>

// The SQLite database where Orgdesk keeps one organization's local data between runs (the audit
// archive; later the directory cache): <data directory>/orgs/<orgId>.sqlite, WAL mode. Each
// OrgDatabase is one connection, for the thread that made it. Never holds a key.
class OrgDatabase
{
public:
    // `folder` empty: <AppDataLocation>/orgs.
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

private:
    QString m_connection;
    QString m_path;
    QString m_error;
};
