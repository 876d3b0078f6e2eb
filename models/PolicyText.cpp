#include "PolicyText.h"

#include <QMap>

QString PolicyText::type(const QString &type)
{
    if (type == QLatin1String(Policy::IpAllowlist))
        return tr("IP allowlist");
    if (type == QLatin1String(Policy::DataResidency))
        return tr("Data residency");
    if (type == QLatin1String(Policy::DataSecurity))
        return tr("Data security");
    return type;
}

QString PolicyText::status(const QString &status)
{
    if (status == QLatin1String("enabled"))
        return tr("Enabled");
    if (status == QLatin1String("disabled"))
        return tr("Disabled");
    if (status == QLatin1String("draft"))
        return tr("Draft");
    return status;
}

QString PolicyText::applicationStatus(const PolicyResource &resource)
{
    const QString &s = resource.applicationStatus;
    if (s == QLatin1String("applying"))
        return tr("Applying\u2026");
    if (s == QLatin1String("removing"))
        return tr("Removing\u2026");
    if (s == QLatin1String("applied"))
        return tr("Applied");
    if (s == QLatin1String("failed"))
        return tr("Failed to apply");
    if (s == QLatin1String("scheduled")) {
        const QString date = resource.meta.value(QLatin1String("scheduledDate")).toString();
        return date.isEmpty() ? tr("Scheduled") : tr("Scheduled for %1").arg(date);
    }
    return s;
}

QColor PolicyText::applicationColor(const QString &s)
{
    if (s == QLatin1String("applying") || s == QLatin1String("removing"))
        return QColor(0xb3, 0x6b, 0x00); // amber
    if (s == QLatin1String("applied"))
        return QColor(0x1f, 0x84, 0x5a); // green
    if (s == QLatin1String("failed"))
        return QColor(0xc9, 0x37, 0x2c); // red
    if (s == QLatin1String("scheduled"))
        return QColor(0x0c, 0x66, 0xe4); // blue
    return QColor();
}

QString PolicyText::resourcesSummary(const QList<PolicyResource> &resources)
{
    if (resources.isEmpty())
        return tr("No resources");
    QMap<QString, int> counts;
    for (const PolicyResource &resource : resources)
        ++counts[resource.applicationStatus];
    QStringList parts;
    auto add = [&](const char *key, const QString &text) {
        if (const int n = counts.take(QLatin1String(key)))
            parts.append(text.arg(n));
    };
    add("applied", tr("%1 applied"));
    add("applying", tr("%1 applying\u2026"));
    add("removing", tr("%1 removing\u2026"));
    add("failed", tr("%1 failed"));
    add("scheduled", tr("%1 scheduled"));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    return parts.join(QStringLiteral(", "));
}

QString PolicyText::realm(const QString &realm)
{
    static const QMap<QString, const char *> names = {
        {QStringLiteral("us"), QT_TR_NOOP("United States")},
        {QStringLiteral("eu"), QT_TR_NOOP("European Union")},
        {QStringLiteral("de"), QT_TR_NOOP("Germany")},
        {QStringLiteral("au"), QT_TR_NOOP("Australia")},
        {QStringLiteral("ca"), QT_TR_NOOP("Canada")},
        {QStringLiteral("jp"), QT_TR_NOOP("Japan")},
        {QStringLiteral("in"), QT_TR_NOOP("India")},
        {QStringLiteral("sg"), QT_TR_NOOP("Singapore")},
        {QStringLiteral("kr"), QT_TR_NOOP("South Korea")},
        {QStringLiteral("uk"), QT_TR_NOOP("United Kingdom")},
        {QStringLiteral("global"), QT_TR_NOOP("Global")}};
    const auto it = names.constFind(realm);
    return it == names.cend() ? realm : tr("%1 (%2)").arg(tr(*it), realm);
}

QString PolicyText::rules(const Policy &policy)
{
    if (policy.isType(Policy::DataResidency)) {
        QStringList realms;
        for (const QString &r : policy.rule)
            realms.append(realm(r));
        return realms.join(QStringLiteral(", "));
    }
    if (policy.isType(Policy::DataSecurity)) {
        const QString effect = policy.attributes.value(QLatin1String("rule"))
                                   .toObject()
                                   .value(QLatin1String("export"))
                                   .toObject()
                                   .value(QLatin1String("effect"))
                                   .toString();
        return effect == QLatin1String("block") ? tr("Export blocked") : effect;
    }
    return policy.rule.join(QStringLiteral(", "));
}
