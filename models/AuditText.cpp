#include "AuditText.h"

#include "UserText.h"

#include <QLocale>

QString AuditText::productName(const QString &product)
{
    if (product == QLatin1String("jira"))
        return tr("Jira");
    if (product == QLatin1String("confluence"))
        return tr("Confluence");
    if (product == QLatin1String("bitbucket"))
        return tr("Bitbucket");
    if (product == QLatin1String("guard_detect"))
        return tr("Guard Detect");
    if (product == QLatin1String("loom"))
        return tr("Loom");
    return product;
}

QString AuditText::authType(const QString &authType)
{
    if (authType == QLatin1String("api-token"))
        return tr("an API token");
    if (authType == QLatin1String("container-token"))
        return tr("an admin API key");
    if (authType == QLatin1String("connect-token"))
        return tr("a Connect app's token");
    if (authType == QLatin1String("auth-token-for-2LO"))
        return tr("an app's token (2LO)");
    if (authType == QLatin1String("auth-token-for-3LO"))
        return tr("an app's token on a person's behalf (3LO)");
    return authType;
}

QString AuditText::itemName(const AuditEvent::Item &item)
{
    if (!item.name.isEmpty())
        return item.name;
    if (!item.email.isEmpty())
        return item.email;
    return item.id;
}

QString AuditText::actor(const AuditEvent &event)
{
    if (!event.actorName.isEmpty())
        return event.actorName;
    if (!event.actorEmail.isEmpty())
        return event.actorEmail;
    if (!event.actorId.isEmpty())
        return event.actorId;
    return tr("Atlassian");
}

QString AuditText::items(const QList<AuditEvent::Item> &items, int shown)
{
    QStringList names;
    for (int i = 0; i < items.size() && i < shown; ++i)
        names.append(itemName(items.at(i)));
    const QString listed = names.join(tr(", ", "between names in a cell"));
    const int more = int(items.size()) - int(names.size());
    return more > 0 ? tr("%1 and %n more", nullptr, more).arg(listed) : listed;
}

QString AuditText::time(qint64 ms)
{
    if (ms <= 0)
        return QString();
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return QLocale().toString(when, QLocale::ShortFormat);
}

QString AuditText::longTime(qint64 ms)
{
    if (ms <= 0)
        return QString();
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return tr("%1 (%2)").arg(
        QLocale().toString(when.toLocalTime(), QLocale::LongFormat),
        UserText::ago(when, QDateTime::currentDateTimeUtc(), UserText::Placement::InText));
}

AuditActionNames::AuditActionNames(const QList<EventAction> &actions) : m_list(actions)
{
    std::sort(m_list.begin(), m_list.end(), [](const EventAction &a, const EventAction &b) {
        const int byGroup = a.groupName.compare(b.groupName, Qt::CaseInsensitive);
        return byGroup != 0 ? byGroup < 0
                            : a.displayName.compare(b.displayName, Qt::CaseInsensitive) < 0;
    });
    for (int i = 0; i < m_list.size(); ++i)
        m_index.insert(m_list.at(i).id, i);
}

QString AuditActionNames::name(const QString &actionId) const
{
    const int at = m_index.value(actionId, -1);
    if (at < 0 || m_list.at(at).displayName.isEmpty())
        return actionId;
    return m_list.at(at).displayName;
}

QString AuditActionNames::group(const QString &actionId) const
{
    const int at = m_index.value(actionId, -1);
    return at < 0 ? QString() : m_list.at(at).groupName;
}
