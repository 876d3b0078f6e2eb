#include "UserText.h"

#include <QLocale>

QString UserText::status(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("suspended"))
        return tr("Suspended");
    if (status == QLatin1String("not_invited"))
        return tr("Not invited");
    if (status == QLatin1String("deactivated"))
        return tr("Deactivated");
    if (status == QLatin1String("for_deletion"))
        return tr("Pending deletion");
    return status;
}

QString UserText::accountStatus(const QString &accountStatus)
{
    if (accountStatus == QLatin1String("active"))
        return tr("Active");
    if (accountStatus == QLatin1String("inactive"))
        return tr("Inactive");
    if (accountStatus == QLatin1String("closed"))
        return tr("Closed");
    return accountStatus;
}

QString UserText::membershipStatus(const QString &membershipStatus)
{
    if (membershipStatus == QLatin1String("active"))
        return tr("Member");
    if (membershipStatus == QLatin1String("suspended"))
        return tr("Suspended");
    if (membershipStatus == QLatin1String("no_membership"))
        return tr("No membership");
    return membershipStatus;
}

QString UserText::claimStatus(const QString &claimStatus)
{
    if (claimStatus == QLatin1String("managed"))
        return tr("Managed");
    if (claimStatus == QLatin1String("unmanaged"))
        return tr("Not managed");
    return claimStatus;
}

QString UserText::managementSource(const QString &source)
{
    if (source == QLatin1String("invited"))
        return tr("Invited");
    if (source == QLatin1String("synced"))
        return tr("Synced");
    return source;
}

QString UserText::mfa(std::optional<bool> enabled)
{
    if (!enabled)
        return QString();
    return *enabled ? tr("On") : tr("Off");
}

QString UserText::platformRole(const QString &role)
{
    if (role == QLatin1String("atlassian/org-admin"))
        return tr("Organization admin");
    if (role == QLatin1String("atlassian/site-admin"))
        return tr("Site admin");
    if (role == QLatin1String("atlassian/user-access-admin"))
        return tr("User access admin");
    if (role == QLatin1String("atlassian/ai-access"))
        return tr("AI access");
    return role;
}

QString UserText::productName(const QString &key)
{
    struct Product
    {
        const char *key;
        const char *name;
    };
    // Product names are brand names: they are not translated.
    static const Product products[] = {
        {"jira", "Jira"},
        {"jira-software", "Jira"},
        {"jira-core", "Jira Work Management"},
        {"jira-servicedesk", "Jira Service Management"},
        {"jira-service-desk", "Jira Service Management"},
        {"jira-product-discovery", "Jira Product Discovery"},
        {"confluence", "Confluence"},
        {"bitbucket", "Bitbucket"},
        {"trello", "Trello"},
        {"loom", "Loom"},
        {"opsgenie", "Opsgenie"},
        {"statuspage", "Statuspage"},
        {"compass", "Compass"},
        {"townsquare", "Atlas"},
        {"avp", "Atlassian Analytics"},
        {"beacon", "Guard Detect"},
    };
    for (const Product &product : products) {
        if (key == QLatin1String(product.key))
            return QString::fromLatin1(product.name);
    }
    return key;
}

QString UserText::date(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return QLocale().toString(when.toLocalTime().date(), QStringLiteral("d MMM yyyy"));
}

QString UserText::ago(const QDateTime &when, const QDateTime &now, Placement placement)
{
    const bool alone = placement == Placement::Alone;
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 0)
        return alone ? tr("Today") : tr("today");
    if (days == 1)
        return alone ? tr("Yesterday") : tr("yesterday");
    if (days < 31)
        return tr("%n days ago", nullptr, int(days));
    if (days < 365) {
        const int months = int(days / 30);
        if (months <= 1)
            return alone ? tr("A month ago") : tr("a month ago");
        return tr("%n months ago", nullptr, months);
    }
    const int years = int(days / 365);
    if (years <= 1)
        return alone ? tr("A year ago") : tr("a year ago");
    return tr("%n years ago", nullptr, years);
}

QString UserText::lastActive(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("Never");
    if (when.toLocalTime().date().daysTo(now.toLocalTime().date()) < 31)
        return ago(when, now);
    return date(when);
}

QString UserText::dateWithAgo(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("Never");
    return tr("%1 (%2)").arg(date(when), ago(when, now, Placement::InText));
}
