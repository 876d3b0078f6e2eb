#pragma once

#include "AuditEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

// The words people read for an audit event: who, what (by the action catalogue's display name),
// on whom or what, where, when, from where and how. Values the API may add later are shown as
// they come, never hidden.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    // jira, confluence, bitbucket, guard_detect, loom.
    static QString productName(const QString &product);
    // actor.auth.authType: "an API token", "an admin API key"...; empty when not known.
    static QString authType(const QString &authType);

    // A person, group or other item by its name, else its e-mail, else its id.
    static QString itemName(const AuditEvent::Item &item);
    // Who did it: the name, else the e-mail, else the account id; "Atlassian" for none.
    static QString actor(const AuditEvent &event);
    // A few items ("Bob Smith, Admins"), then "and 3 more".
    static QString items(const QList<AuditEvent::Item> &items, int shown = 2);

    // "12 Mar 2026, 14:05" in local time (the table); the long form for the detail.
    static QString time(qint64 ms);
    static QString longTime(qint64 ms);
};

// The action catalogue (GET .../event-actions as the archive keeps it): an action id's display
// name and group, falling back to the id itself for an action the catalogue does not list.
class AuditActionNames
{
public:
    AuditActionNames() = default;
    explicit AuditActionNames(const QList<EventAction> &actions);

    QString name(const QString &actionId) const;
    QString group(const QString &actionId) const; // empty when not known
    const QList<EventAction> &all() const { return m_list; }
    bool isEmpty() const { return m_list.isEmpty(); }

private:
    QList<EventAction> m_list;
    QHash<QString, int> m_index;
};
