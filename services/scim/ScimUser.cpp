#include "ScimUser.h"

namespace ScimJson {

QString string(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toString();
}

std::optional<bool> boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    // Some identity providers send "True" and "False" as strings.
    const QString text = value.toString().trimmed();
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QDateTime lastModified(const QJsonObject &object)
{
    const QString text = object.value(QLatin1String("meta"))
                             .toObject()
                             .value(QLatin1String("lastModified"))
                             .toString();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QList<ScimRef> refs(const QJsonValue &value)
{
    QList<ScimRef> found;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        const QString id = string(object, QLatin1String("value"));
        if (!id.isEmpty())
            found.append({id, string(object, QLatin1String("display"))});
    }
    return found;
}

} // namespace ScimJson

QString ScimUser::primaryEmail() const
{
    for (const ScimEmail &email : emails) {
        if (email.primary)
            return email.value;
    }
    return emails.isEmpty() ? QString() : emails.first().value;
}

std::optional<ScimUser> ScimUser::fromJson(const QJsonObject &object)
{
    ScimUser user;
    user.id = ScimJson::string(object, QLatin1String("id"));
    if (user.id.isEmpty())
        return std::nullopt;
    user.userName = ScimJson::string(object, QLatin1String("userName"));
    user.externalId = ScimJson::string(object, QLatin1String("externalId"));
    user.displayName = ScimJson::string(object, QLatin1String("displayName"));
    user.active = ScimJson::boolean(object.value(QLatin1String("active")));
    const QJsonArray emails = object.value(QLatin1String("emails")).toArray();
    for (const QJsonValue &item : emails) {
        const QJsonObject email = item.toObject();
        const QString value = ScimJson::string(email, QLatin1String("value")).trimmed();
        if (!value.isEmpty())
            user.emails.append(
                {value, ScimJson::string(email, QLatin1String("type")),
                 ScimJson::boolean(email.value(QLatin1String("primary"))).value_or(false)});
    }
    user.groups = ScimJson::refs(object.value(QLatin1String("groups")));
    user.lastModified = ScimJson::lastModified(object);
    user.atlassianAccountId = object.value(ScimSchema::atlassianExternal)
                                  .toObject()
                                  .value(QLatin1String("atlassianAccountId"))
                                  .toString();
    user.raw = object;
    return user;
}

QList<ScimUser> ScimUser::listFromJson(const QJsonArray &array)
{
    QList<ScimUser> users;
    users.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (std::optional<ScimUser> user = fromJson(value.toObject()))
            users.append(std::move(*user));
    }
    return users;
}
