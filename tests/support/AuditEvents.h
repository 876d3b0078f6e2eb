#pragma once

#include "AuditEvent.h"

#include <QJsonObject>
#include <QString>

// Audit events for tests that need no server: EventModel JSON (CATALOG §1.6) built field by
// field, parsed the way the client parses the API's.
struct TestEvent
{
    QString id;
    qint64 timeMs = 0;
    QString action = QStringLiteral("user_suspended");
    QString actorId = QStringLiteral("acc-admin");
    QString actorName = QStringLiteral("Ada Admin");
    QString actorEmail = QStringLiteral("ada@example.com");
    QString targetId;
    QString targetName;
    QString targetEmail;
    QString ip = QStringLiteral("10.0.0.1");
    QString city = QStringLiteral("Tallinn");
    QString country = QStringLiteral("Estonia");
    QString product; // a container of this type when set
    QString message;

    QJsonObject json() const;
    AuditEvent event() const;
};
