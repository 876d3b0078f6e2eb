#include "AuditEvents.h"

#include <QDateTime>
#include <QJsonArray>

QJsonObject TestEvent::json() const
{
    QJsonObject actor{{QStringLiteral("id"), actorId}};
    if (!actorName.isEmpty())
        actor.insert(QStringLiteral("name"), actorName);
    if (!actorEmail.isEmpty())
        actor.insert(QStringLiteral("email"), actorEmail);
    QJsonArray context;
    if (!targetId.isEmpty()) {
        context.append(QJsonObject{
            {QStringLiteral("id"), targetId},
            {QStringLiteral("type"), QStringLiteral("user")},
            {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("displayName"), targetName},
                                                       {QStringLiteral("email"), targetEmail}}}});
    }
    QJsonObject attributes{
        {QStringLiteral("time"),
         QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("processedAt"),
         QDateTime::fromMSecsSinceEpoch(timeMs + 1000, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("action"), action},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("context"), context},
        {QStringLiteral("location"), QJsonObject{{QStringLiteral("ip"), ip},
                                                 {QStringLiteral("city"), city},
                                                 {QStringLiteral("countryName"), country}}},
    };
    if (!product.isEmpty()) {
        attributes.insert(QStringLiteral("container"),
                          QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("site-1")},
                                                 {QStringLiteral("type"), product}}});
    }
    QJsonObject event{{QStringLiteral("id"), id},
                      {QStringLiteral("type"), QStringLiteral("events")},
                      {QStringLiteral("attributes"), attributes},
                      {QStringLiteral("links"),
                       QJsonObject{{QStringLiteral("self"),
                                    QStringLiteral("https://api.example/events/") + id}}}};
    if (!message.isEmpty()) {
        event.insert(QStringLiteral("message"),
                     QJsonObject{{QStringLiteral("content"), message},
                                 {QStringLiteral("format"), QStringLiteral("simple")}});
    }
    return event;
}

AuditEvent TestEvent::event() const
{
    return *AuditEvent::fromJson(json());
}
