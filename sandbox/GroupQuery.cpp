#include "GroupQuery.h"

#include "GroupJson.h"
#include "OrgStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>

namespace sandbox {
namespace {

bool readList(const QJsonObject &object, const char *key, int maxItems, QStringList *out,
              QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty() || array.size() > maxItems) {
        *error = QStringLiteral("%1: must be an array of 1 to %2 strings")
                     .arg(QLatin1String(key))
                     .arg(maxItems);
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

bool readSort(const QJsonValue &value, GroupQuery *query, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    const QJsonArray array = value.toArray();
    const QJsonObject sort = array.first().toObject();
    const QString direction = sort.value(QLatin1String("direction")).toString();
    if (!value.isArray() || array.size() != 1 ||
        sort.value(QLatin1String("field")).toString() != QLatin1String("name") ||
        (direction != QLatin1String("asc") && direction != QLatin1String("desc"))) {
        *error = QStringLiteral("sortBy: must be [{\"field\": \"name\", \"direction\": "
                                "\"asc\" or \"desc\"}]");
        return false;
    }
    query->descending = direction == QLatin1String("desc");
    return true;
}

bool readExpand(const QJsonObject &object, GroupQuery *query, QString *error)
{
    QStringList expand;
    if (!readList(object, "expand", 2, &expand, error))
        return false;
    for (const QString &name : std::as_const(expand)) {
        if (name == QLatin1String("counts.users"))
            query->countUsers = true;
        else if (name == QLatin1String("counts.resources"))
            query->countResources = true;
        else
            return *error = QStringLiteral("expand: unknown value \"%1\"").arg(name), false;
    }
    return true;
}

bool readPaging(const QJsonObject &object, GroupQuery *query, QString *error)
{
    const QJsonValue cursor = object.value(QLatin1String("cursor"));
    if (!cursor.isUndefined() && !cursor.isNull()) {
        if (!cursor.isString())
            return *error = QStringLiteral("cursor: must be a string"), false;
        query->cursor = cursor.toString();
    }
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

std::optional<GroupQuery> GroupQuery::fromJson(const QJsonObject &object, Form form, QString *error)
{
    GroupQuery q;
    const QJsonValue term = object.value(QLatin1String("searchTerm"));
    if (!term.isUndefined() && !term.isNull() && !term.isString())
        return *error = QStringLiteral("searchTerm: must be a string"), std::nullopt;
    q.searchTerm = term.toString().trimmed();
    const bool ok = readList(object, "accountIds", 10, &q.accountIds, error) &&
                    readList(object, "directoryIds", 10, &q.directoryIds, error) &&
                    readList(object, "roleIds", 10, &q.roleIds, error) &&
                    readList(object, "resourceOwners", 10, &q.resourceOwners, error) &&
                    readList(object, "resourceIds", 20, &q.resourceIds, error) &&
                    readList(object, "groupIds", 10, &q.groupIds, error);
    if (!ok)
        return std::nullopt;
    if (form != Form::CountQuery && !(readPaging(object, &q, error) &&
                                      readSort(object.value(QLatin1String("sortBy")), &q, error))) {
        return std::nullopt;
    }
    if (form == Form::SearchBody) {
        if (!readList(object, "groupNames", 100, &q.groupNames, error) ||
            !readExpand(object, &q, error)) {
            return std::nullopt;
        }
        if (!q.groupNames.isEmpty() && (term.isString() || !q.groupIds.isEmpty()))
            return *error = QStringLiteral("groupNames cannot be used with searchTerm or "
                                           "groupIds"),
                   std::nullopt;
    }
    return q;
}

std::optional<GroupQuery> GroupQuery::fromUrlQuery(const QUrlQuery &query, Form form,
                                                   QString *error)
{
    static const char *const arrayKeys[] = {"accountIds",     "directoryIds", "roleIds",
                                            "resourceOwners", "resourceIds",  "groupIds"};
    QJsonObject object;
    for (const char *key : arrayKeys) {
        const QStringList values = query.allQueryItemValues(QLatin1String(key), QUrl::FullyDecoded);
        if (!values.isEmpty())
            object.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    }
    if (query.hasQueryItem(QStringLiteral("searchTerm")))
        object.insert(QStringLiteral("searchTerm"),
                      query.queryItemValue(QStringLiteral("searchTerm"), QUrl::FullyDecoded));
    if (query.hasQueryItem(QStringLiteral("cursor")))
        object.insert(QStringLiteral("cursor"),
                      query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded));
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool number = false;
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&number);
        object.insert(QStringLiteral("limit"), number ? QJsonValue(limit) : QJsonValue(u"x"_qs));
    }
    auto q = fromJson(object, form, error);
    // The GET list's counts{includeUsers, includeResources} has no defined wire format; the
    // sandbox reads the exploded form "includeUsers=true".
    if (q && form == Form::ListQuery) {
        q->countUsers = query.queryItemValue(QStringLiteral("includeUsers")) == u"true"_qs;
        q->countResources = query.queryItemValue(QStringLiteral("includeResources")) == u"true"_qs;
    }
    return q;
}

bool GroupQuery::hasFilterOrSort() const
{
    return !accountIds.isEmpty() || !directoryIds.isEmpty() || !roleIds.isEmpty() ||
           !resourceOwners.isEmpty() || !resourceIds.isEmpty() || !groupIds.isEmpty() ||
           !groupNames.isEmpty() || !searchTerm.isEmpty() || descending;
}

quint64 GroupQuery::hash(int scope) const
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    const QStringList parts = {QStringLiteral("groups"),
                               QString::number(scope),
                               accountIds.join(u','),
                               directoryIds.join(u','),
                               roleIds.join(u','),
                               resourceOwners.join(u','),
                               resourceIds.join(u','),
                               groupIds.join(u','),
                               groupNames.join(u',').toLower(),
                               searchTerm.toLower(),
                               descending ? QStringLiteral("desc") : QStringLiteral("asc")};
    h.addData(parts.join(u'\n').toUtf8());
    return qFromBigEndian<quint64>(h.result().constData());
}

QList<int> GroupQuery::matching(const OrgStore &store, int scope) const
{
    const OrgData &org = store.data();
    quint64 memberOf = 0;
    for (const QString &accountId : accountIds) {
        const int user = store.userIndex(accountId);
        if (user >= 0)
            memberOf |= org.users.at(user).groupMask;
    }
    auto grantMatches = [&](const Group &group) {
        if (roleIds.isEmpty() && resourceOwners.isEmpty() && resourceIds.isEmpty())
            return true;
        for (const GroupGrant &grant : org.groupGrants.value(group.id)) {
            if ((roleIds.isEmpty() || roleIds.contains(grant.roleId)) &&
                (resourceIds.isEmpty() || resourceIds.contains(grant.resourceId)) &&
                (resourceOwners.isEmpty() ||
                 resourceOwners.contains(groupfacts::resourceOwner(grant.resourceId)))) {
                return true;
            }
        }
        return false;
    };
    QList<int> result;
    for (int i = 0; i < org.groups.size(); ++i) {
        const Group &group = org.groups.at(i);
        const QString directoryId = org.directories.value(group.directory).id;
        if (group.deleted || (scope >= 0 && group.directory != scope) ||
            (!accountIds.isEmpty() && !(memberOf & (quint64(1) << i))) ||
            (!directoryIds.isEmpty() && !directoryIds.contains(directoryId)) ||
            (!groupIds.isEmpty() && !groupIds.contains(group.id)) ||
            (!groupNames.isEmpty() && !groupNames.contains(group.name, Qt::CaseInsensitive)) ||
            (!searchTerm.isEmpty() && !group.name.contains(searchTerm, Qt::CaseInsensitive)) ||
            !grantMatches(group)) {
            continue;
        }
        result.append(i);
    }
    std::stable_sort(result.begin(), result.end(), [&org](int a, int b) {
        const int c =
            QString::compare(org.groups.at(a).name, org.groups.at(b).name, Qt::CaseInsensitive);
        return c < 0;
    });
    if (descending)
        std::reverse(result.begin(), result.end());
    return result;
}

} // namespace sandbox
