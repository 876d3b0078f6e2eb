#pragma once

#include <QString>
#include <QStringList>

// What the Audit log area, a person's activity and `orgdesk-cli audit search` ask of the local
// archive. Empty members do not narrow; the members narrow together (and), the values inside one
// member are alternatives (or).
struct AuditFilter
{
    qint64 fromMs = 0;        // event time, inclusive; 0: no lower bound
    qint64 toMs = 0;          // event time, exclusive; 0: no upper bound
    QStringList actions;      // action ids
    QStringList actionGroups; // the catalogue's group names
    QStringList actors;       // actor account ids
    QStringList targets;      // ids of something in the event's context (a person, a group)
    QString involving;        // an id that is the actor or a target (a person's activity)
    QStringList products;     // jira, confluence...
    QStringList ips;          // exact addresses
    QStringList countries;    // country names as the events give them
    QString text;             // full text: words, prefixes (word*), "phrases"

    bool isEmpty() const;
    bool operator==(const AuditFilter &other) const = default;
};
