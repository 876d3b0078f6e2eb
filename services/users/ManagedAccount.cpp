#include "ManagedAccount.h"

namespace {

ManagePrivileges::Rule ruleFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    ManagePrivileges::Rule rule;
    rule.known = object.contains(QLatin1String("allowed"));
    rule.allowed = object.value(QLatin1String("allowed")).toBool();
    rule.reason =
        object.value(QLatin1String("reason")).toObject().value(QLatin1String("key")).toString();
    return rule;
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control || c.isNull(); });
}

} // namespace

std::optional<ManagePrivileges> ManagePrivileges::fromJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return std::nullopt;
    ManagePrivileges privileges;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("profile.write") || it.key() == QLatin1String("profile")) {
            const QJsonObject fields = it->toObject();
            for (auto field = fields.begin(); field != fields.end(); ++field)
                privileges.profileFields.insert(field.key(), ruleFrom(*field));
        } else {
            privileges.actions.insert(it.key(), ruleFrom(*it));
        }
    }
    return privileges;
}

std::optional<ManagedProfile> ManagedProfile::fromJson(const QJsonObject &object)
{
    const QJsonObject account = object.value(QLatin1String("account")).toObject();
    if (!account.value(QLatin1String("account_id")).isString())
        return std::nullopt;
    const QJsonObject extended = account.value(QLatin1String("extended_profile")).toObject();
    auto text = [](const QJsonObject &from, const char *key) {
        return from.value(QLatin1String(key)).toString();
    };
    ManagedProfile profile;
    profile.accountId = text(account, "account_id");
    profile.accountStatus = text(account, "account_status");
    profile.name = text(account, "name");
    profile.nickname = text(account, "nickname");
    profile.email = text(account, "email");
    profile.zoneinfo = text(account, "zoneinfo");
    profile.locale = text(account, "locale");
    profile.jobTitle = text(extended, "job_title");
    profile.department = text(extended, "department");
    profile.organization = text(extended, "organization");
    profile.location = text(extended, "location");
    return profile;
}

bool ProfileChange::isEmpty() const
{
    return !name && !nickname && !zoneinfo && !locale && !jobTitle && !department &&
           !organization && !location;
}

QJsonObject ProfileChange::toJson() const
{
    QJsonObject body;
    auto put = [](QJsonObject &to, const char *key, const std::optional<QString> &value) {
        if (value)
            to.insert(QLatin1String(key), *value);
    };
    put(body, "name", name);
    put(body, "nickname", nickname);
    put(body, "zoneinfo", zoneinfo);
    put(body, "locale", locale);
    QJsonObject extended;
    put(extended, "job_title", jobTitle);
    put(extended, "department", department);
    put(extended, "organization", organization);
    put(extended, "location", location);
    if (!extended.isEmpty())
        body.insert(QStringLiteral("extended_profile"), extended);
    return body;
}

QString ProfileChange::problem() const
{
    if (name && name->trimmed().isEmpty())
        return tr("The name cannot be empty.");
    if (name && name->size() > nameMax)
        return tr("The name can have at most %1 characters.").arg(nameMax);
    if (nickname && nickname->trimmed().isEmpty())
        return tr("The nickname cannot be empty.");
    if (nickname && nickname->size() > nicknameMax)
        return tr("The nickname can have at most %1 characters.").arg(nicknameMax);
    for (const auto *value :
         {&name, &nickname, &zoneinfo, &locale, &jobTitle, &department, &organization, &location}) {
        if (*value && hasControlCharacters(**value))
            return tr("Control characters (tabs, line breaks) are not allowed.");
    }
    return QString();
}
