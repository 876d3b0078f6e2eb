// SCIM groups (CATALOG §3): each is a synced group of Groups with the same id, its members
// the accounts of the directory's user records. Membership changes through PATCH on
// "members" (or PUT); a synced group cannot be renamed.
#include "OrgStore.h"
#include "Router.h"
#include "ScimErrors.h"
#include "ScimFilter.h"
#include "ScimJson.h"
#include "ScimPatch.h"
#include "ScimRoutes.h"
#include "ScimStore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sandbox {
namespace {

ApiResponse notFound(const QString &id)
{
    return scimErrors::notFound(
        QStringLiteral("Group %1 does not exist in this directory.").arg(id));
}

QString nameOf(const ScimStore &scim, int group)
{
    return scim.org().data().groups.at(scim.orgGroup(group)).name;
}

// The user records a members value names ([{value: scimUserId}, ...]), or the 400.
std::optional<QList<int>> membersIn(const ScimStore &scim, int directory, const QJsonValue &value,
                                    ApiResponse *failure)
{
    QList<int> records;
    for (const QJsonValue &member : value.isArray() ? value.toArray() : QJsonArray{value}) {
        const QString id = member[QLatin1String("value")].toString();
        const int record = scim.userIndex(directory, id);
        if (record < 0 || scim.accountOf(record) < 0) {
            *failure = scimErrors::invalidValue(
                record < 0 ? QStringLiteral("User %1 does not exist in this directory.").arg(id)
                           : QStringLiteral("User %1 is not linked to an account.").arg(id));
            return std::nullopt;
        }
        records.append(record);
    }
    return records;
}

// Makes the group's members exactly these records.
void setMembers(ScimStore &scim, int group, const QList<int> &records)
{
    for (int member : scim.membersOf(group))
        scim.setMember(group, member, false);
    for (int record : records)
        scim.setMember(group, record, true);
}

std::optional<ApiResponse> rename(const ScimStore &scim, int group, const QJsonValue &name)
{
    if (name.isUndefined() ||
        name.toString().compare(nameOf(scim, group), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    return scimErrors::mutability(
        QStringLiteral("Synced groups cannot be renamed: \"%1\" stays.").arg(nameOf(scim, group)));
}

ApiResponse list(ScimStore &scim, const ApiRequest &request)
{
    const int directory = scim.directoryIndex(request.param(0));
    ApiResponse failure;
    const auto projection = scimjson::Projection::fromQuery(request, &failure);
    const auto page = projection ? scimjson::Page::fromQuery(request, &failure) : std::nullopt;
    if (!page)
        return failure;
    std::optional<ScimFilter> filter;
    if (const QString text =
            request.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
        !text.isEmpty()) {
        QString error;
        filter = ScimFilter::parse(text, {QStringLiteral("displayName")}, &error);
        if (!filter)
            return scimErrors::invalidFilter(error);
    }
    QList<int> matching;
    for (int group : scim.groupsIn(directory)) {
        if (!filter || nameOf(scim, group).compare(filter->value, Qt::CaseInsensitive) == 0)
            matching.append(group);
    }
    return scimjson::list(matching, *page, [&](int group) {
        return projection->apply(scimjson::group(scim, group, request));
    });
}

ApiResponse get(ScimStore &scim, const ApiRequest &request)
{
    const int group = scim.groupIndex(scim.directoryIndex(request.param(0)), request.param(1));
    if (group < 0)
        return notFound(request.param(1));
    ApiResponse failure;
    const auto projection = scimjson::Projection::fromQuery(request, &failure);
    return projection ? scimjson::resource(projection->apply(scimjson::group(scim, group, request)))
                      : failure;
}

ApiResponse create(ScimStore &scim, const ApiRequest &request)
{
    const int directory = scim.directoryIndex(request.param(0));
    ApiResponse failure;
    const auto body = scimroutes::body(request, &failure);
    if (!body)
        return failure;
    const QString name = body->value(QLatin1String("displayName")).toString().trimmed();
    if (name.isEmpty())
        return scimErrors::invalidValue(QStringLiteral("displayName is required."));
    for (const Group &group : scim.org().data().groups) {
        if (!group.deleted && group.name.compare(name, Qt::CaseInsensitive) == 0)
            return scimErrors::uniqueness(
                QStringLiteral("Resource [GROUP]: with displayName[%1] already exists").arg(name));
    }
    std::optional<QList<int>> members = QList<int>();
    if (body->contains(QLatin1String("members")))
        members = membersIn(scim, directory, body->value(QLatin1String("members")), &failure);
    if (!members)
        return failure;
    const auto group =
        scim.addGroup(directory, name, body->value(QLatin1String("externalId")).toString());
    if (!group)
        return scimErrors::error(400, QStringLiteral("The sandbox holds at most %1 groups: delete "
                                                     "one first.")
                                          .arg(kMaxGroups));
    setMembers(scim, *group, *members);
    ApiResponse response = scimjson::resource(scimjson::group(scim, *group, request), 201);
    response.headers.append(
        {"Location", scimjson::location(request, scim, directory, QStringLiteral("Groups"),
                                        scim.data().groups.at(*group).id)
                         .toUtf8()});
    return response;
}

ApiResponse replace(ScimStore &scim, const ApiRequest &request)
{
    const int directory = scim.directoryIndex(request.param(0));
    const int group = scim.groupIndex(directory, request.param(1));
    if (group < 0)
        return notFound(request.param(1));
    ApiResponse failure;
    const auto body = scimroutes::body(request, &failure);
    // PUT replaces: no members means none.
    const auto members =
        body ? membersIn(scim, directory, body->value(QLatin1String("members")).toArray(), &failure)
             : std::nullopt;
    if (!members)
        return failure;
    if (auto refusal = rename(scim, group, body->value(QLatin1String("displayName"))))
        return *refusal;
    setMembers(scim, group, *members);
    ScimGroupRecord &record = scim.groupRecord(group);
    record.externalId = body->value(QLatin1String("externalId")).toString();
    record.modifiedMs = scim.nowMs();
    return scimjson::resource(scimjson::group(scim, group, request));
}

// One PATCH operation on a group: on members (add, remove, replace; remove by
// members[value eq "id"] too), displayName (unchanged only) or externalId.
std::optional<ApiResponse> patchOne(ScimStore &scim, int group, const scimpatch::Operation &op)
{
    const int directory = scim.data().groups.at(group).directory;
    static const QRegularExpression memberFilter(
        QStringLiteral("^members\\[\\s*value\\s+eq\\s+\"([^\"]*)\"\\s*\\]$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = memberFilter.match(op.path); match.hasMatch()) {
        if (op.op != QLatin1String("remove"))
            return scimErrors::invalidPath(QStringLiteral("Only remove takes a member filter."));
        const int record = scim.userIndex(directory, match.captured(1));
        if (record >= 0)
            scim.setMember(group, record, false);
        return std::nullopt;
    }
    if (op.path.isEmpty() && op.op != QLatin1String("remove") && op.value.isObject()) {
        const QJsonObject values = op.value.toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (auto refusal = patchOne(scim, group, {op.op, it.key(), it.value()}))
                return refusal;
        }
        return std::nullopt;
    }
    const QString attribute =
        scimpatch::canonical(op.path, {QStringLiteral("members"), QStringLiteral("displayName"),
                                       QStringLiteral("externalId")});
    ApiResponse failure;
    if (attribute == QLatin1String("members")) {
        if (op.op == QLatin1String("remove") && op.value.isUndefined()) {
            setMembers(scim, group, {});
            return std::nullopt;
        }
        const auto records = membersIn(scim, directory, op.value, &failure);
        if (!records)
            return failure;
        if (op.op == QLatin1String("replace"))
            setMembers(scim, group, *records);
        for (int record : *records)
            scim.setMember(group, record, op.op != QLatin1String("remove"));
        return std::nullopt;
    }
    if (attribute == QLatin1String("displayName"))
        return op.op == QLatin1String("remove")
                   ? scimErrors::mutability(QStringLiteral("displayName cannot be removed."))
                   : rename(scim, group, op.value);
    if (attribute == QLatin1String("externalId")) {
        scim.groupRecord(group).externalId =
            op.op == QLatin1String("remove") ? QString() : op.value.toString();
        return std::nullopt;
    }
    return scimErrors::invalidPath(
        QStringLiteral("\"%1\" is not an attribute of a group that can be changed.").arg(op.path));
}

ApiResponse patch(ScimStore &scim, const ApiRequest &request)
{
    const int group = scim.groupIndex(scim.directoryIndex(request.param(0)), request.param(1));
    if (group < 0)
        return notFound(request.param(1));
    ApiResponse failure;
    const auto body = scimroutes::body(request, &failure);
    const auto operations = body ? scimpatch::operations(*body, &failure) : std::nullopt;
    if (!operations)
        return failure;
    for (const scimpatch::Operation &operation : *operations) {
        if (auto refusal = patchOne(scim, group, operation))
            return *refusal;
    }
    scim.groupRecord(group).modifiedMs = scim.nowMs();
    return scimjson::resource(scimjson::group(scim, group, request));
}

ApiResponse remove(ScimStore &scim, const ApiRequest &request)
{
    const int group = scim.groupIndex(scim.directoryIndex(request.param(0)), request.param(1));
    if (group < 0)
        return notFound(request.param(1));
    scim.removeGroup(group);
    return ApiResponse::empty(204);
}

} // namespace

void addScimGroupRoutes(Router &router, ScimStore &scim)
{
    const QString groups = scimroutes::kBase + QStringLiteral("/Groups");
    const QString group = groups + QStringLiteral("/{groupId}");
    router.add("GET", groups, [&scim](const ApiRequest &r) { return list(scim, r); });
    router.add("POST", groups, [&scim](const ApiRequest &r) { return create(scim, r); });
    router.add("GET", group, [&scim](const ApiRequest &r) { return get(scim, r); });
    router.add("PUT", group, [&scim](const ApiRequest &r) { return replace(scim, r); });
    router.add("PATCH", group, [&scim](const ApiRequest &r) { return patch(scim, r); });
    router.add("DELETE", group, [&scim](const ApiRequest &r) { return remove(scim, r); });
}

} // namespace sandbox
