#include "UserCriteria.h"

#include "OrgData.h"
#include "Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {
namespace {

// Reads an optional array of strings with the spec's item limits.
bool readStrings(const QJsonObject &object, const char *key, int maxItems, QStringList *out,
                 QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("%1: must be an array of strings").arg(QLatin1String(key));
        return false;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty() || (maxItems > 0 && array.size() > maxItems)) {
        *error = QStringLiteral("%1: must have between 1 and %2 items")
                     .arg(QLatin1String(key))
                     .arg(maxItems > 0 ? maxItems : 100);
        return false;
    }
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            *error = QStringLiteral("%1: every item must be a string").arg(QLatin1String(key));
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

template <typename Parse>
bool readEnumMask(const QJsonObject &object, const char *key, int maxItems, Parse parse,
                  quint16 *mask, QString *error)
{
    QStringList names;
    if (!readStrings(object, key, maxItems, &names, error))
        return false;
    for (const QString &name : names) {
        const auto parsed = parse(name);
        if (!parsed) {
            *error = QStringLiteral("%1: unknown value \"%2\"").arg(QLatin1String(key), name);
            return false;
        }
        *mask |= quint16(1u << int(*parsed));
    }
    return true;
}

bool readSort(const QJsonObject &object, UserCriteria *query, QString *error)
{
    const QJsonValue value = object.value(QLatin1String("sortBy"));
    if (value.isUndefined() || value.isNull())
        return true;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() != 1 || !array.first().isObject()) {
        *error = QStringLiteral("sortBy: must be an array of one {field, direction} object");
        return false;
    }
    const QJsonObject sort = array.first().toObject();
    const QString field = sort.value(QLatin1String("field")).toString();
    const QString direction = sort.value(QLatin1String("direction")).toString();
    // The spec allows only nick_name; "name" is accepted as the default order.
    if (field != QLatin1String("nick_name") && field != QLatin1String("name")) {
        *error = QStringLiteral("sortBy.field: must be nick_name");
        return false;
    }
    if (direction != QLatin1String("asc") && direction != QLatin1String("desc")) {
        *error = QStringLiteral("sortBy.direction: must be asc or desc");
        return false;
    }
    query->sortByNickname = field == QLatin1String("nick_name");
    query->descending = direction == QLatin1String("desc");
    return true;
}

bool readExpand(const QJsonObject &object, UserCriteria *query, QString *error)
{
    QStringList names;
    if (!readStrings(object, "expand", 4, &names, error))
        return false;
    for (const QString &name : names) {
        if (name == QLatin1String("platformRoles"))
            query->expand |= UserCriteria::ExpandPlatformRoles;
        else if (name == QLatin1String("counts.resources"))
            query->expand |= UserCriteria::ExpandCounts;
        else if (name == QLatin1String("productAccess"))
            query->expand |= UserCriteria::ExpandProductAccess;
        else if (name == QLatin1String("groups"))
            query->expand |= UserCriteria::ExpandGroups;
        else {
            *error = QStringLiteral("expand: unknown value \"%1\"").arg(name);
            return false;
        }
    }
    return true;
}

bool readScalars(const QJsonObject &object, UserCriteria *query, QString *error)
{
    const QJsonValue mfa = object.value(QLatin1String("mfaEnabled"));
    if (mfa.isBool())
        query->mfaEnabled = mfa.toBool();
    else if (!mfa.isUndefined() && !mfa.isNull())
        return *error = QStringLiteral("mfaEnabled: must be a boolean"), false;

    const QJsonValue claim = object.value(QLatin1String("claimStatus"));
    if (claim == QJsonValue(QLatin1String("managed")) ||
        claim == QJsonValue(QLatin1String("unmanaged")))
        query->managed = claim.toString() == QLatin1String("managed");
    else if (!claim.isUndefined() && !claim.isNull())
        return *error = QStringLiteral("claimStatus: must be managed or unmanaged"), false;

    const QJsonValue term = object.value(QLatin1String("searchTerm"));
    if (term.isString())
        query->searchTerm = term.toString().trimmed();
    else if (!term.isUndefined() && !term.isNull())
        return *error = QStringLiteral("searchTerm: must be a string"), false;
    return true;
}

bool readPaging(const QJsonObject &object, UserCriteria *query, QString *error)
{
    const QJsonValue cursor = object.value(QLatin1String("cursor"));
    if (cursor.isString())
        query->cursor = cursor.toString();
    else if (!cursor.isUndefined() && !cursor.isNull())
        return *error = QStringLiteral("cursor: must be a string"), false;

    const QJsonValue limit = object.value(QLatin1String("limit"));
    if (limit.isUndefined() || limit.isNull())
        return true;
    const double value = limit.toDouble(-1);
    if (!limit.isDouble() || value != double(int(value)) || value < 1 || value > 100)
        return *error = QStringLiteral("limit: must be an integer from 1 to 100"), false;
    query->limit = int(value);
    return true;
}

} // namespace

std::optional<UserCriteria> UserCriteria::fromJson(const QJsonObject &object, Form form,
                                                   QString *error)
{
    UserCriteria q;
    quint16 status = 0, account = 0, membership = 0;
    const bool ok =
        readStrings(object, "accountIds", 10, &q.accountIds, error) &&
        readStrings(object, "directoryIds", 10, &q.directoryIds, error) &&
        readStrings(object, "resourceIds", 20, &q.resourceIds, error) &&
        readStrings(object, "groupIds", 10, &q.groupIds, error) &&
        readStrings(object, "emailDomains", 10, &q.emailDomains, error) &&
        readEnumMask(object, "status", 4, parseStatus, &status, error) &&
        readEnumMask(object, "accountStatus", 3, parseAccountStatus, &account, error) &&
        readEnumMask(object, "membershipStatus", 3, parseMembershipStatus, &membership, error) &&
        readEnumMask(object, "roleIds", 10, parseRoleId, &q.roleMask, error) &&
        readScalars(object, &q, error);
    if (!ok)
        return std::nullopt;
    q.statusMask = quint8(status);
    q.accountStatusMask = quint8(account);
    q.membershipMask = quint8(membership);

    if (form != Form::CountQuery && !(readPaging(object, &q, error) && readSort(object, &q, error)))
        return std::nullopt;
    if (form == Form::SearchBody) {
        if (!readStrings(object, "emails", 100, &q.emails, error) || !readExpand(object, &q, error))
            return std::nullopt;
        if (q.emails.removeDuplicates() > 0)
            return *error = QStringLiteral("emails: items must be unique"), std::nullopt;
        if (!q.emails.isEmpty() && object.value(QLatin1String("searchTerm")).isString())
            return *error = QStringLiteral("searchTerm and emails cannot be used together"),
                   std::nullopt;
    }
    return q;
}

std::optional<UserCriteria> UserCriteria::fromUrlQuery(const QUrlQuery &query, Form form,
                                                       QString *error)
{
    static const char *const arrayKeys[] = {"accountIds",       "directoryIds", "resourceIds",
                                            "groupIds",         "status",       "accountStatus",
                                            "membershipStatus", "roleIds",      "emailDomains"};
    QJsonObject object;
    for (const char *key : arrayKeys) {
        const QStringList values = query.allQueryItemValues(QLatin1String(key), QUrl::FullyDecoded);
        if (!values.isEmpty())
            object.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    }
    auto text = [&query](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    auto has = [&query](const char *key) { return query.hasQueryItem(QLatin1String(key)); };
    if (has("mfaEnabled")) {
        const QString value = text("mfaEnabled");
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return *error = QStringLiteral("mfaEnabled: must be true or false"), std::nullopt;
        object.insert(QLatin1String("mfaEnabled"), value == QLatin1String("true"));
    }
    for (const char *key : {"claimStatus", "searchTerm", "cursor"}) {
        if (has(key))
            object.insert(QLatin1String(key), text(key));
    }
    if (has("limit")) {
        bool ok = false;
        const int limit = text("limit").toInt(&ok);
        if (!ok)
            return *error = QStringLiteral("limit: must be an integer from 1 to 100"), std::nullopt;
        object.insert(QLatin1String("limit"), limit);
    }
    if (has("sortBy")) {
        // The spec gives no wire format for this object array on a GET; accept
        // "nick_name", "nick_name:desc" or the JSON array itself.
        const QString value = text("sortBy");
        QJsonArray sort = QJsonDocument::fromJson(value.toUtf8()).array();
        if (sort.isEmpty()) {
            const QStringList parts = value.split(u':');
            sort.append(
                QJsonObject{{QStringLiteral("field"), parts.value(0)},
                            {QStringLiteral("direction"), parts.value(1, QStringLiteral("asc"))}});
        }
        object.insert(QLatin1String("sortBy"), sort);
    }
    return fromJson(object, form, error);
}

QJsonObject UserCriteria::filterJson() const
{
    QJsonObject json;
    auto putList = [&json](const char *key, QStringList values) {
        if (values.isEmpty())
            return;
        values.sort();
        values.removeDuplicates();
        json.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    };
    putList("accountIds", accountIds);
    putList("directoryIds", directoryIds);
    putList("resourceIds", resourceIds);
    putList("groupIds", groupIds);
    putList("emailDomains", emailDomains);
    putList("emails", emails);
    auto putMask = [&json](const char *key, int mask) {
        if (mask)
            json.insert(QLatin1String(key), mask);
    };
    putMask("status", statusMask);
    putMask("accountStatus", accountStatusMask);
    putMask("membershipStatus", membershipMask);
    putMask("roleIds", roleMask);
    if (mfaEnabled)
        json.insert(QLatin1String("mfaEnabled"), *mfaEnabled);
    if (managed)
        json.insert(QLatin1String("claimStatus"),
                    *managed ? QStringLiteral("managed") : QStringLiteral("unmanaged"));
    if (!searchTerm.isEmpty())
        json.insert(QLatin1String("searchTerm"), searchTerm);
    if (sortByNickname || descending)
        json.insert(QLatin1String("sort"),
                    QStringLiteral("%1:%2").arg(
                        sortByNickname ? QStringLiteral("nick_name") : QStringLiteral("name"),
                        descending ? QStringLiteral("desc") : QStringLiteral("asc")));
    return json;
}

} // namespace sandbox
