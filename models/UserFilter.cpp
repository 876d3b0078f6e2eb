#include "UserFilter.h"

#include "UserText.h"

#include <QJsonArray>

namespace {

QStringList mapped(const QStringList &values, QString (*word)(const QString &))
{
    QStringList words;
    for (const QString &value : values)
        words.append(word(value));
    return words;
}

QJsonArray array(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QStringList strings(const QJsonObject &object, const char *key)
{
    QStringList values;
    for (const QJsonValue &value : object.value(QLatin1String(key)).toArray())
        values.append(value.toString());
    return values;
}

} // namespace

QList<UserFilter::Chip> UserFilter::chips() const
{
    const QString comma = tr(", ", "between values in a filter chip");
    QList<Chip> chips;
    if (!accountIds.isEmpty())
        chips.append({QStringLiteral("list"),
                      listName.isEmpty()
                          ? tr("From a list: %n person(s)", nullptr, int(accountIds.size()))
                          : listName});
    if (!statuses.isEmpty())
        chips.append({QStringLiteral("status"),
                      tr("Status: %1").arg(mapped(statuses, &UserText::status).join(comma))});
    if (!accountStatuses.isEmpty())
        chips.append(
            {QStringLiteral("accountStatus"),
             tr("Account: %1").arg(mapped(accountStatuses, &UserText::accountStatus).join(comma))});
    if (!productKeys.isEmpty())
        chips.append(
            {QStringLiteral("product"),
             tr("Product: %1").arg(mapped(productKeys, &UserText::productName).join(comma))});
    if (inactiveDays > 0)
        chips.append(
            {QStringLiteral("inactive"), tr("Inactive for %n+ day(s)", nullptr, inactiveDays)});
    if (neverActive)
        chips.append({QStringLiteral("never"), tr("Never active")});
    if (mfaOff)
        chips.append({QStringLiteral("mfa"), tr("Two-step verification off")});
    if (!emailDomains.isEmpty())
        chips.append({QStringLiteral("domain"), tr("Domain: %1").arg(emailDomains.join(comma))});
    if (!groupIds.isEmpty())
        chips.append(
            {QStringLiteral("group"),
             tr("Group: %1").arg((groupNames.isEmpty() ? groupIds : groupNames).join(comma))});
    if (!claimStatus.isEmpty())
        chips.append({QStringLiteral("claim"), UserText::claimStatus(claimStatus)});
    return chips;
}

void UserFilter::remove(const QString &key)
{
    if (key == QLatin1String("list")) {
        accountIds.clear();
        emails.clear();
        listName.clear();
    } else if (key == QLatin1String("status")) {
        statuses.clear();
    } else if (key == QLatin1String("accountStatus")) {
        accountStatuses.clear();
    } else if (key == QLatin1String("product")) {
        productKeys.clear();
        resourceIds.clear();
    } else if (key == QLatin1String("inactive")) {
        inactiveDays = 0;
    } else if (key == QLatin1String("never")) {
        neverActive = false;
    } else if (key == QLatin1String("mfa")) {
        mfaOff = false;
    } else if (key == QLatin1String("domain")) {
        emailDomains.clear();
    } else if (key == QLatin1String("group")) {
        groupIds.clear();
        groupNames.clear();
    } else if (key == QLatin1String("claim")) {
        claimStatus.clear();
    }
}

bool UserFilter::listOnServer(bool withSearchTerm) const
{
    return !accountIds.isEmpty() && !withSearchTerm && emails.size() == accountIds.size() &&
           emails.size() <= maxEmails;
}

void UserFilter::applyTo(UserQuery &query, bool withSearchTerm) const
{
    query.statuses = statuses;
    query.accountStatuses = accountStatuses;
    query.resourceIds = resourceIds.mid(0, maxResourceIds);
    query.mfaEnabled = mfaOff ? std::optional<bool>(false) : std::nullopt;
    query.emailDomains = emailDomains.mid(0, maxListItems);
    query.groupIds = groupIds.mid(0, maxListItems);
    query.claimStatus = claimStatus;
    query.accountIds.clear();
    query.emails = listOnServer(withSearchTerm) ? emails : QStringList();
}

bool UserFilter::hasLocalPart(bool withSearchTerm) const
{
    return inactiveDays > 0 || neverActive ||
           (!accountIds.isEmpty() && !listOnServer(withSearchTerm));
}

bool UserFilter::acceptsLastActive(const QDateTime &lastActive, const QDateTime &now) const
{
    if (neverActive && lastActive.isValid())
        return false;
    if (inactiveDays > 0 && lastActive.isValid() && lastActive > now.addDays(-inactiveDays))
        return false;
    return true;
}

QJsonObject UserFilter::toJson() const
{
    QJsonObject json;
    auto put = [&json](const char *key, const QStringList &values) {
        if (!values.isEmpty())
            json.insert(QLatin1String(key), array(values));
    };
    put("statuses", statuses);
    put("accountStatuses", accountStatuses);
    put("productKeys", productKeys);
    put("resourceIds", resourceIds);
    put("emailDomains", emailDomains);
    put("groupIds", groupIds);
    put("groupNames", groupNames);
    put("accountIds", accountIds);
    put("emails", emails);
    if (inactiveDays > 0)
        json.insert(QStringLiteral("inactiveDays"), inactiveDays);
    if (neverActive)
        json.insert(QStringLiteral("neverActive"), true);
    if (mfaOff)
        json.insert(QStringLiteral("mfaOff"), true);
    if (!claimStatus.isEmpty())
        json.insert(QStringLiteral("claimStatus"), claimStatus);
    if (!listName.isEmpty())
        json.insert(QStringLiteral("listName"), listName);
    return json;
}

UserFilter UserFilter::fromJson(const QJsonObject &object)
{
    UserFilter filter;
    filter.statuses = strings(object, "statuses");
    filter.accountStatuses = strings(object, "accountStatuses");
    filter.productKeys = strings(object, "productKeys");
    filter.resourceIds = strings(object, "resourceIds");
    filter.emailDomains = strings(object, "emailDomains");
    filter.groupIds = strings(object, "groupIds");
    filter.groupNames = strings(object, "groupNames");
    filter.accountIds = strings(object, "accountIds");
    filter.emails = strings(object, "emails");
    filter.inactiveDays = qMax(0, object.value(QLatin1String("inactiveDays")).toInt());
    filter.neverActive = object.value(QLatin1String("neverActive")).toBool();
    filter.mfaOff = object.value(QLatin1String("mfaOff")).toBool();
    filter.claimStatus = object.value(QLatin1String("claimStatus")).toString();
    filter.listName = object.value(QLatin1String("listName")).toString();
    return filter;
}
