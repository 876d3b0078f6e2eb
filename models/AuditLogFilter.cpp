#include "AuditLogFilter.h"

#include "AuditText.h"

#include <QLocale>

namespace {

// Names where known, else the ids.
QString named(const QStringList &ids, const QStringList &names, const QString &comma)
{
    QStringList shown;
    for (int i = 0; i < ids.size(); ++i)
        shown.append(i < names.size() && !names.at(i).isEmpty() ? names.at(i) : ids.at(i));
    return shown.join(comma);
}

void removeNamed(QStringList &ids, QStringList &names)
{
    ids.clear();
    names.clear();
}

} // namespace

QString AuditLogFilter::periodText(Period period)
{
    switch (period) {
    case Period::Everything:
        return tr("Everything archived");
    case Period::Day:
        return tr("Last 24 hours");
    case Period::Week:
        return tr("Last 7 days");
    case Period::Month:
        return tr("Last 30 days");
    case Period::HalfYear:
        return tr("Last 180 days");
    case Period::Range:
        return tr("A range of days");
    }
    return QString();
}

int AuditLogFilter::periodDays(Period period)
{
    switch (period) {
    case Period::Day:
        return 1;
    case Period::Week:
        return 7;
    case Period::Month:
        return 30;
    case Period::HalfYear:
        return 180;
    case Period::Everything:
    case Period::Range:
        break;
    }
    return 0;
}

QList<AuditLogFilter::Chip> AuditLogFilter::chips() const
{
    const QString comma = tr(", ", "between values in a filter chip");
    QList<Chip> chips;
    if (period == Period::Range && rangeFrom.isValid() && rangeTo.isValid()) {
        const QLocale locale;
        chips.append({QStringLiteral("period"),
                      rangeFrom == rangeTo
                          ? tr("On %1").arg(locale.toString(rangeFrom, QLocale::ShortFormat))
                          : tr("From %1 to %2")
                                .arg(locale.toString(rangeFrom, QLocale::ShortFormat),
                                     locale.toString(rangeTo, QLocale::ShortFormat))});
    } else if (period != Period::Everything && period != Period::Range) {
        chips.append({QStringLiteral("period"), periodText(period)});
    }
    if (!actions.isEmpty())
        chips.append(
            {QStringLiteral("action"), tr("Action: %1").arg(named(actions, actionNames, comma))});
    if (!actionGroups.isEmpty())
        chips.append({QStringLiteral("group"), tr("Kind: %1").arg(actionGroups.join(comma))});
    if (!involving.isEmpty())
        chips.append({QStringLiteral("involving"),
                      tr("Involving %1").arg(involvingName.isEmpty() ? involving : involvingName)});
    if (!actors.isEmpty())
        chips.append({QStringLiteral("actor"), tr("By: %1").arg(named(actors, actorNames, comma))});
    if (!targets.isEmpty())
        chips.append(
            {QStringLiteral("target"), tr("On: %1").arg(named(targets, targetNames, comma))});
    if (!products.isEmpty()) {
        QStringList names;
        for (const QString &product : products)
            names.append(AuditText::productName(product));
        chips.append({QStringLiteral("product"), tr("Product: %1").arg(names.join(comma))});
    }
    if (!ips.isEmpty())
        chips.append({QStringLiteral("ip"), tr("IP: %1").arg(ips.join(comma))});
    if (!countries.isEmpty())
        chips.append({QStringLiteral("country"), tr("Country: %1").arg(countries.join(comma))});
    return chips;
}

void AuditLogFilter::remove(const QString &key)
{
    if (key == QLatin1String("period")) {
        period = Period::Everything;
        rangeFrom = rangeTo = QDate();
    } else if (key == QLatin1String("action")) {
        removeNamed(actions, actionNames);
    } else if (key == QLatin1String("group")) {
        actionGroups.clear();
    } else if (key == QLatin1String("involving")) {
        involving.clear();
        involvingName.clear();
    } else if (key == QLatin1String("actor")) {
        removeNamed(actors, actorNames);
    } else if (key == QLatin1String("target")) {
        removeNamed(targets, targetNames);
    } else if (key == QLatin1String("product")) {
        products.clear();
    } else if (key == QLatin1String("ip")) {
        ips.clear();
    } else if (key == QLatin1String("country")) {
        countries.clear();
    }
}

void AuditLogFilter::addNamed(QStringList &ids, QStringList &names, const QString &id,
                              const QString &name)
{
    if (id.isEmpty() || ids.contains(id))
        return;
    while (names.size() < ids.size())
        names.append(QString());
    ids.append(id);
    names.append(name);
}

AuditFilter AuditLogFilter::toAuditFilter(const QDateTime &now) const
{
    AuditFilter filter;
    if (const int days = periodDays(period); days > 0) {
        filter.fromMs = now.addDays(-days).toMSecsSinceEpoch();
    } else if (period == Period::Range && rangeFrom.isValid() && rangeTo.isValid()) {
        // Whole days in the user's time zone, the last one included.
        filter.fromMs = rangeFrom.startOfDay().toMSecsSinceEpoch();
        filter.toMs = rangeTo.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    filter.actions = actions;
    filter.actionGroups = actionGroups;
    filter.actors = actors;
    filter.targets = targets;
    filter.involving = involving;
    filter.products = products;
    filter.ips = ips;
    filter.countries = countries;
    filter.text = text.trimmed();
    return filter;
}
