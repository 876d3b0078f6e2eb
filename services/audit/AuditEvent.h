#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One event of the organization's audit log (CATALOG §1.6 EventModel, §9.1), as the API sent it
// and in the fields Orgdesk searches and shows.
struct AuditEvent
{
    // Something an event names: what was acted on (context) or where (container).
    struct Item
    {
        QString id;
        QString type;  // "user", "group", "domain", "policy", "org", ...
        QString name;  // a person's or group's name, a domain...; may be empty
        QString email; // people only
    };

    QString id;
    qint64 timeMs = 0;        // when it happened
    qint64 processedAtMs = 0; // when the server processed it (the stream's order); 0: unknown
    QString action;           // "user_suspended"
    QString actorId;
    QString actorName;
    QString actorEmail;
    QString authType;     // actor.auth.authType: "api-token", "container-token"...
    QString tokenId;      // actor.auth.tokenId
    QString tokenLabel;   // actor.auth.tokenLabel
    QString appId;        // actor.app.id: an app acted
    QString onBehalfOfId; // actor.onBehalfOf: the person an app or token acted for
    QString onBehalfOfName;
    QString onBehalfOfEmail;
    QList<Item> context;
    QList<Item> container;
    QString ip;
    QString city;
    QString region;
    QString country;
    QString message;       // message.content
    QString messageFormat; // message.format
    QString product;       // jira, confluence... when the container names one; else empty
    QByteArray json;       // the event exactly as the API sent it, compact (for NDJSON, detail)

    // Nothing when the object lacks what every event has (id, time, action).
    static std::optional<AuditEvent> fromJson(const QJsonObject &object);
    // The same from the compact JSON kept in the archive.
    static std::optional<AuditEvent> fromCompactJson(const QByteArray &json);
    static QList<AuditEvent> listFromJson(const QJsonArray &array); // drops malformed items
    // The same from the text of a JSON array (a stream page's data, parsed off the window's
    // thread), each event's `json` its text as sent. Nothing when the text is not an array.
    static std::optional<QList<AuditEvent>> listFromJsonText(QByteArrayView array);

    // "Tallinn, Estonia"; empty when the event has no place.
    QString place() const;

private:
    static std::optional<AuditEvent> fieldsFromJson(const QJsonObject &object); // `json` empty
};

// An entry of the action catalogue (GET .../event-actions).
struct EventAction
{
    QString id;          // "user_suspended"
    QString displayName; // "Suspended user"
    QString groupName;   // "User management"

    static std::optional<EventAction> fromJson(const QJsonObject &object);
    static QList<EventAction> listFromJson(const QJsonArray &array);
};

// One page of the events stream: its events and the cursor to ask with next time (the stream
// sends one even on its last page; an empty page means "caught up").
struct EventStreamPage
{
    QList<AuditEvent> events;
    QString nextCursor;
};

// The same page with its events still as text (the `data` array as sent), for the sync: the
// window's thread only finds the cursor, the worker that stores the page parses it.
struct EventStreamText
{
    QByteArray events;
    QString nextCursor;
};
