#include "UserQuery.h"

#include <QJsonArray>

namespace {

void insertList(QJsonObject &body, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        body.insert(QLatin1String(key), QJsonArray::fromStringList(values));
}

void appendList(QList<QPair<QString, QString>> &items, const char *key, const QStringList &values)
{
    for (const QString &value : values)
        items.append({QLatin1String(key), value});
}

} // namespace

QJsonObject UserQuery::toSearchBody() const
{
    QJsonObject body;
    body.insert(QLatin1String("limit"), limit);
    if (!searchTerm.isEmpty())
        body.insert(QLatin1String("searchTerm"), searchTerm);
    insertList(body, "emails", emails);
    insertList(body, "accountIds", accountIds);
    insertList(body, "directoryIds", directoryIds);
    insertList(body, "groupIds", groupIds);
    insertList(body, "roleIds", roleIds);
    insertList(body, "resourceIds", resourceIds);
    insertList(body, "status", statuses);
    insertList(body, "accountStatus", accountStatuses);
    insertList(body, "membershipStatus", membershipStatuses);
    insertList(body, "emailDomains", emailDomains);
    insertList(body, "expand", expand);
    if (mfaEnabled)
        body.insert(QLatin1String("mfaEnabled"), *mfaEnabled);
    if (!claimStatus.isEmpty())
        body.insert(QLatin1String("claimStatus"), claimStatus);
    QJsonObject sort{{QLatin1String("field"), QLatin1String("nick_name")},
                     {QLatin1String("direction"),
                      sortDescending ? QLatin1String("desc") : QLatin1String("asc")}};
    body.insert(QLatin1String("sortBy"), QJsonArray{sort});
    return body;
}

QList<QPair<QString, QString>> UserQuery::toQueryItems() const
{
    QList<QPair<QString, QString>> items;
    if (!searchTerm.isEmpty())
        items.append({QStringLiteral("searchTerm"), searchTerm});
    appendList(items, "accountIds", accountIds);
    appendList(items, "directoryIds", directoryIds);
    appendList(items, "groupIds", groupIds);
    appendList(items, "roleIds", roleIds);
    appendList(items, "resourceIds", resourceIds);
    appendList(items, "status", statuses);
    appendList(items, "accountStatus", accountStatuses);
    appendList(items, "membershipStatus", membershipStatuses);
    appendList(items, "emailDomains", emailDomains);
    if (mfaEnabled)
        items.append({QStringLiteral("mfaEnabled"),
                      *mfaEnabled ? QStringLiteral("true") : QStringLiteral("false")});
    if (!claimStatus.isEmpty())
        items.append({QStringLiteral("claimStatus"), claimStatus});
    return items;
}
