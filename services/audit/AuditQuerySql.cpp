#include "AuditQuerySql.h"

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

void addIn(AuditQuerySql &sql, const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return;
    sql.conditions.append(QStringLiteral("%1 IN (%2)").arg(column, placeholders(values.size())));
    for (const QString &value : values)
        sql.values.append(value);
}

} // namespace

AuditQuerySql AuditQuerySql::build(const AuditFilter &filter, const QString &match,
                                   qint64 beforeSeq)
{
    AuditQuerySql sql;
    const bool fullText = !match.isEmpty();
    if (fullText) {
        // CROSS JOIN keeps SQLite from reordering: the FTS table is the outer loop.
        sql.from = QStringLiteral("events_fts f CROSS JOIN events e ON e.seq = f.rowid");
        sql.seqColumn = QStringLiteral("f.rowid");
        sql.conditions.append(QStringLiteral("events_fts MATCH ?"));
        sql.values.append(match);
    } else {
        sql.from = QStringLiteral("events e");
        sql.seqColumn = QStringLiteral("e.seq");
    }
    if (filter.fromMs > 0) {
        sql.conditions.append(sql.seqColumn + QStringLiteral(" >= ?"));
        sql.values.append(AuditSeq::first(filter.fromMs));
    }
    if (filter.toMs > 0) {
        sql.conditions.append(sql.seqColumn + QStringLiteral(" < ?"));
        sql.values.append(AuditSeq::first(filter.toMs));
    }
    const qsizetype afterRange = sql.conditions.size();
    addIn(sql, QStringLiteral("e.action"), filter.actions);
    if (!filter.actionGroups.isEmpty()) {
        sql.conditions.append(
            QStringLiteral("e.action IN (SELECT id FROM actions WHERE group_name IN (%1))")
                .arg(placeholders(filter.actionGroups.size())));
        for (const QString &group : filter.actionGroups)
            sql.values.append(group);
    }
    addIn(sql, QStringLiteral("e.actor_id"), filter.actors);
    if (!filter.targets.isEmpty()) {
        sql.conditions.append(
            QStringLiteral("e.seq IN (SELECT event FROM event_targets WHERE target_id IN (%1))")
                .arg(placeholders(filter.targets.size())));
        for (const QString &target : filter.targets)
            sql.values.append(target);
    }
    if (!filter.involving.isEmpty()) {
        sql.conditions.append(
            QStringLiteral("e.seq IN (SELECT seq FROM events WHERE actor_id = ? "
                           "UNION SELECT event FROM event_targets WHERE target_id = ?)"));
        sql.values << filter.involving << filter.involving;
    }
    addIn(sql, QStringLiteral("e.product"), filter.products);
    addIn(sql, QStringLiteral("e.ip"), filter.ips);
    addIn(sql, QStringLiteral("e.country"), filter.countries);
    sql.textOnly = fullText && sql.conditions.size() == afterRange;
    if (beforeSeq > 0) {
        sql.conditions.append(sql.seqColumn + QStringLiteral(" < ?"));
        sql.values.append(beforeSeq);
    }
    return sql;
}

QString AuditQuerySql::where() const
{
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}
