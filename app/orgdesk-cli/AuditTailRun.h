#pragma once

#include "CliConnection.h"

#include <QObject>
#include <QTimer>

#include <memory>

class ApiClient;
class ApiError;
class AuditArchive;
class EventsService;
class OrgDatabase;
class QIODevice;
struct EventStreamPage;
template <typename T> struct ApiResult;

// `audit tail`: reads the events stream from the archive's stored cursor, writes each event
// the archive did not have yet to standard output as one NDJSON line, then stores the page and
// its cursor (an event printed and not stored, by a kill in between, is printed again next time:
// at least once, never lost). Without --follow it ends when caught up; with it, it polls every
// interval until SIGINT or SIGTERM, which end it with exit code 0. Emits finished() once.
class AuditTailRun : public QObject
{
    Q_OBJECT

public:
    AuditTailRun(const CliConnection &connection, bool follow, int intervalMs, QIODevice *out,
                 QObject *parent = nullptr);
    ~AuditTailRun() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void fetch();
    void onPage(const ApiResult<EventStreamPage> &result);
    void fail(int exitCode, const QString &reason);

    ApiClient *m_client;
    std::unique_ptr<EventsService> m_service;
    std::unique_ptr<OrgDatabase> m_database;
    std::unique_ptr<AuditArchive> m_archive;
    bool m_follow;
    QIODevice *m_out;
    QString m_cursor;
    QTimer m_poll;
};
