#include "PolicyText.h"
#include "StatusColors.h"

#include <QMap>

QString PolicyText::type(Policy::Type type)
{
    switch (type) {
    case Policy::Type::IpAllowlist:
        return tr("IP allowlist");
    case Policy::Type::DataResidency:
        return tr("Data residency");
    case Policy::Type::DataSecurity:
        return tr("Data security");
    case Policy::Type::Other:
        break;
    }
    return tr("Other");
}

QString PolicyText::status(const Policy &policy)
{
    if (policy.isEnabled())
        return tr("Enabled");
    if (policy.status == QLatin1String(Policy::Disabled))
        return tr("Disabled");
    if (policy.isDraft())
        return tr("Draft");
    return policy.status;
}

QString PolicyText::applicationStatus(const PolicyResource &resource)
{
    using Application = PolicyResource::Application;
    switch (resource.application()) {
    case Application::Applying:
        return tr("Applying\u2026");
    case Application::Removing:
        return tr("Removing\u2026");
    case Application::Applied:
        return tr("Applied");
    case Application::Failed:
        return tr("Failed to apply");
    case Application::Scheduled:
        return resource.scheduledDate.isEmpty()
                   ? tr("Scheduled")
                   : tr("Scheduled for %1").arg(resource.scheduledDate);
    case Application::Other:
        break;
    }
    return resource.applicationStatus;
}

QColor PolicyText::applicationColor(const PolicyResource &resource)
{
    using Application = PolicyResource::Application;
    switch (resource.application()) {
    case Application::Applying:
    case Application::Removing:
        return StatusColors::warning();
    case Application::Applied:
        return StatusColors::ok();
    case Application::Failed:
        return StatusColors::danger();
    case Application::Scheduled:
        return StatusColors::info();
    case Application::Other:
        break;
    }
    return QColor();
}

QString PolicyText::resourcesSummary(const QList<PolicyResource> &resources)
{
    using Application = PolicyResource::Application;
    if (resources.isEmpty())
        return tr("No resources");
    QMap<Application, int> counts;
    QMap<QString, int> others; // words the server added since
    for (const PolicyResource &resource : resources) {
        if (resource.application() == Application::Other)
            ++others[resource.applicationStatus];
        else
            ++counts[resource.application()];
    }
    QStringList parts;
    auto add = [&](Application application, const QString &text) {
        if (const int n = counts.value(application))
            parts.append(text.arg(n));
    };
    add(Application::Applied, tr("%1 applied"));
    add(Application::Applying, tr("%1 applying\u2026"));
    add(Application::Removing, tr("%1 removing\u2026"));
    add(Application::Failed, tr("%1 failed"));
    add(Application::Scheduled, tr("%1 scheduled"));
    for (auto it = others.cbegin(); it != others.cend(); ++it)
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
    if (policy.type == Policy::Type::DataResidency) {
        QStringList realms;
        for (const QString &r : policy.rule)
            realms.append(realm(r));
        return realms.join(QStringLiteral(", "));
    }
    if (policy.type == Policy::Type::DataSecurity)
        return policy.exportEffect == QLatin1String("block") ? tr("Export blocked")
                                                             : policy.exportEffect;
    return policy.rule.join(QStringLiteral(", "));
}
