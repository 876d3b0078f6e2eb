#pragma once

#include "AuditFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

// The Audit log area's filters as people set them: a time preset or a range, actions or action
// groups, actors, targets, someone involved either way, products, IP addresses or countries,
// and the search text. Names travel with the ids so that a chip says "Actor: Jane Doe" rather
// than an account id. A value type: shown as chips, sent with a link from another area, and
// turned into the archive's AuditFilter at the moment of asking (a preset is relative to now).
struct AuditLogFilter
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogFilter)

public:
    enum class Period { Everything, Day, Week, Month, HalfYear, Range };

    Period period = Period::Everything;
    QDate rangeFrom;          // Period::Range: the first day, inclusive (local time)
    QDate rangeTo;            // the last day, inclusive
    QStringList actions;      // action ids
    QStringList actionNames;  // their display names, in the same order (for the chip)
    QStringList actionGroups; // the catalogue's group names
    QStringList actors;       // account ids
    QStringList actorNames;
    QStringList targets; // ids of people, groups... acted on
    QStringList targetNames;
    QString involving; // an id that is the actor or a target
    QString involvingName;
    QStringList products;
    QStringList ips;
    QStringList countries;
    QString text;

    struct Chip
    {
        QString key; // "period", "action", "group", "actor", "target", "involving", "product",
                     // "ip", "country"
        QString text;
    };
    // One removable chip per kind that narrows (the search text has its own field).
    QList<Chip> chips() const;
    void remove(const QString &chipKey);
    bool hasChips() const { return !chips().isEmpty(); }

    // Adds a value with its name to one of the id lists (actors, targets, actions); no
    // duplicates.
    static void addNamed(QStringList &ids, QStringList &names, const QString &id,
                         const QString &name);

    // The archive's filter at `now`.
    AuditFilter toAuditFilter(const QDateTime &now) const;
    static QString periodText(Period period);
    // Days a preset covers; 0 for Everything and Range.
    static int periodDays(Period period);

    bool operator==(const AuditLogFilter &other) const = default;
};
