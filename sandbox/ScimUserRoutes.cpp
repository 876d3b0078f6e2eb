// SCIM users (CATALOG §3, §9.2): list with filter and paging, one user, create (linking the
// managed account with that e-mail, or making one), replace, patch, delete. A record's
// `active` is its account's: false deactivates the account, true gives it back; deleting the
// record deactivates the account too; a new primary e-mail is the account's new address.
#include "OrgStore.h"
#include "Router.h"
#include "ScimErrors.h"
#include "ScimFilter.h"
#include "ScimJson.h"
#include "ScimPatch.h"
#include "ScimRoutes.h"
#include "ScimStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace sandbox {
namespace {

const QStringList &userAttributes()
{
    static const QStringList attributes = {
        QStringLiteral("userName"),     QStringLiteral("externalId"),
        QStringLiteral("active"),       QStringLiteral("name"),
        QStringLiteral("displayName"),  QStringLiteral("nickName"),
        QStringLiteral("title"),        QStringLiteral("preferredLanguage"),
        QStringLiteral("department"),   QStringLiteral("organization"),
        QStringLiteral("timezone"),     QStringLiteral("emails"),
        QStringLiteral("phoneNumbers"), scim::kEnterpriseSchema};
    return attributes;
}

// The record's writable attributes as one object, as a PUT would send them.
QJsonObject writable(const ScimUserRecord &record)
{
    QJsonObject document = record.attributes;
    document.insert(QStringLiteral("userName"), record.userName);
    if (!record.externalId.isEmpty())
        document.insert(QStringLiteral("externalId"), record.externalId);
    document.insert(QStringLiteral("active"), record.active);
    return document;
}

// The writable attributes of a body; the rest (id, meta, groups, schemas...) is ignored.
QJsonObject fromBody(const QJsonObject &body)
{
    QJsonObject document;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString attribute = scimpatch::canonical(it.key(), userAttributes());
        if (!attribute.isEmpty())
            document.insert(attribute, it.value());
    }
    return document;
}

// Checks the attributes and makes `active` a boolean (some providers send "False"); the 400
// when they do not make a user.
std::optional<ApiResponse> check(QJsonObject &document, bool needsEmail)
{
    const QJsonValue userName = document.value(QLatin1String("userName"));
    if (!userName.isString() || userName.toString().trimmed().isEmpty())
        return scimErrors::invalidValue(QStringLiteral("userName is required."));
    const QJsonValue active = document.value(QLatin1String("active"));
    if (active.isString() &&
        (active.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
         active.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0))
        document.insert(QStringLiteral("active"),
                        active.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
    else if (!active.isUndefined() && !active.isBool())
        return scimErrors::invalidValue(QStringLiteral("active must be true or false."));
    const QJsonValue emails = document.value(QLatin1String("emails"));
    if (!emails.isUndefined() && !emails.isArray())
        return scimErrors::invalidValue(QStringLiteral("emails must be a list."));
    for (const QJsonValue &email : emails.toArray()) {
        if (!email[QLatin1String("value")].toString().contains(u'@'))
            return scimErrors::invalidValue(QStringLiteral("Every email needs a value that is an "
                                                           "e-mail address."));
    }
    if (needsEmail && emails.toArray().isEmpty())
        return scimErrors::invalidValue(
            QStringLiteral("emails is required, with one value marked primary."));
    return std::nullopt;
}

// Puts checked attributes into the record.
void store(ScimUserRecord &record, QJsonObject document, qint64 nowMs)
{
    record.userName = document.take(QLatin1String("userName")).toString().trimmed();
    record.externalId = document.take(QLatin1String("externalId")).toString();
    record.active = document.take(QLatin1String("active")).toBool(true);
    record.attributes = document;
    record.modifiedMs = nowMs;
}

QString displayNameOf(const QJsonObject &document)
{
    const QJsonObject name = document.value(QLatin1String("name")).toObject();
    for (const QString &candidate : {document.value(QLatin1String("displayName")).toString(),
                                     name.value(QLatin1String("formatted")).toString(),
                                     (name.value(QLatin1String("givenName")).toString() + u' ' +
                                      name.value(QLatin1String("familyName")).toString())
                                         .trimmed()}) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return {};
}

ApiResponse notFound(const QString &id)
{
    return scimErrors::notFound(
        QStringLiteral("User %1 does not exist in this directory.").arg(id));
}

ApiResponse answer(const ScimStore &scim, int record, const ApiRequest &request,
                   const scimjson::Projection &projection, int status = 200)
{
    return scimjson::resource(projection.apply(scimjson::user(scim, record, request)), status);
}

// The account's state follows the record: active or not, synced while linked.
void follow(ScimStore &scim, int record)
{
    const int account = scim.accountOf(record);
    if (account < 0)
        return;
    scim.setAccountActive(account, scim.user(record).active);
    scim.refreshManagement(account);
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
        filter = ScimFilter::parse(text, {QStringLiteral("userName"), QStringLiteral("externalId")},
                                   &error);
        if (!filter)
            return scimErrors::invalidFilter(error);
    }
    QList<int> matching;
    for (int record : scim.usersIn(directory)) {
        const ScimUserRecord &user = scim.user(record);
        if (!filter || (filter->attribute == QLatin1String("userName")
                            ? user.userName.compare(filter->value, Qt::CaseInsensitive) == 0
                            : user.externalId == filter->value))
            matching.append(record);
    }
    return scimjson::list(matching, *page, [&](int record) {
        return projection->apply(scimjson::user(scim, record, request));
    });
}

ApiResponse get(ScimStore &scim, const ApiRequest &request)
{
    const int record = scim.userIndex(scim.directoryIndex(request.param(0)), request.param(1));
    if (record < 0)
        return notFound(request.param(1));
    ApiResponse failure;
    const auto projection = scimjson::Projection::fromQuery(request, &failure);
    return projection ? answer(scim, record, request, *projection) : failure;
}

ApiResponse create(ScimStore &scim, const ApiRequest &request)
{
    const int directory = scim.directoryIndex(request.param(0));
    ApiResponse failure;
    const auto projection = scimjson::Projection::fromQuery(request, &failure);
    const auto body = projection ? scimroutes::body(request, &failure) : std::nullopt;
    if (!body)
        return failure;
    QJsonObject document = fromBody(*body);
    if (auto refusal = check(document, true))
        return *refusal;
    const QString userName = document.value(QLatin1String("userName")).toString().trimmed();
    if (scim.userNamed(directory, userName) >= 0)
        return scimErrors::uniqueness(
            QStringLiteral("Resource [USER]: with userName[%1] already exists").arg(userName));
    ScimUserRecord record;
    store(record, document, scim.nowMs());
    const QString email = record.primaryEmail();
    if (!scim.isVerifiedDomain(email))
        return scimErrors::invalidValue(
            QStringLiteral("%1 is not on a verified domain of the organization.").arg(email));
    int account = scim.accountByEmail(email);
    if (account >= 0) {
        if (scim.linkedIn(directory, scim.org().data().users.at(account).accountId) >= 0)
            return scimErrors::uniqueness(
                QStringLiteral("Resource [USER]: with email[%1] already exists").arg(email));
    } else {
        account = scim.makeAccount(directory, email, displayNameOf(document), record.active);
    }
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.directory = directory;
    record.accountId = scim.org().data().users.at(account).accountId;
    record.createdMs = record.modifiedMs;
    const int index = scim.addUser(std::move(record));
    follow(scim, index);
    ApiResponse response = answer(scim, index, request, *projection, 201);
    response.headers.append(
        {"Location",
         scimjson::location(request, scim, directory, QStringLiteral("Users"), scim.user(index).id)
             .toUtf8()});
    return response;
}

// PUT replaces every attribute; PATCH changes some. Both end here with the new attributes.
ApiResponse change(ScimStore &scim, const ApiRequest &request, int record, QJsonObject document,
                   bool needsEmail, const scimjson::Projection &projection)
{
    if (auto refusal = check(document, needsEmail))
        return *refusal;
    const int directory = scim.user(record).directory;
    const QString userName = document.value(QLatin1String("userName")).toString().trimmed();
    if (scim.userNamed(directory, userName, record) >= 0)
        return scimErrors::uniqueness(
            QStringLiteral("Resource [USER]: with userName[%1] already exists").arg(userName));
    ScimUserRecord updated = scim.user(record);
    store(updated, document, scim.nowMs());
    // The provider owns a linked account's address: a new primary e-mail moves the account.
    const QString email = updated.primaryEmail();
    const int account = scim.accountOf(record);
    if (account >= 0 && !email.isEmpty() &&
        email.compare(scim.user(record).primaryEmail(), Qt::CaseInsensitive) != 0) {
        const int holder = scim.accountByEmail(email);
        if (holder >= 0 && holder != account)
            return scimErrors::uniqueness(
                QStringLiteral("Resource [USER]: with email[%1] already exists").arg(email));
        if (!scim.isVerifiedDomain(email))
            return scimErrors::invalidValue(
                QStringLiteral("%1 is not on a verified domain of the organization.").arg(email));
        scim.setAccountEmail(account, email);
    }
    scim.user(record) = updated;
    follow(scim, record);
    return answer(scim, record, request, projection);
}

ApiResponse replace(ScimStore &scim, const ApiRequest &request)
{
    const int record = scim.userIndex(scim.directoryIndex(request.param(0)), request.param(1));
    if (record < 0)
        return notFound(request.param(1));
    ApiResponse failure;
    const auto projection = scimjson::Projection::fromQuery(request, &failure);
    const auto body = projection ? scimroutes::body(request, &failure) : std::nullopt;
    if (!body)
        return failure;
    return change(scim, request, record, fromBody(*body), true, *projection);
}

ApiResponse patch(ScimStore &scim, const ApiRequest &request)
{
    const int record = scim.userIndex(scim.directoryIndex(request.param(0)), request.param(1));
    if (record < 0)
        return notFound(request.param(1));
    ApiResponse failure;
    const auto projection = scimjson::Projection::fromQuery(request, &failure);
    const auto body = projection ? scimroutes::body(request, &failure) : std::nullopt;
    const auto operations = body ? scimpatch::operations(*body, &failure) : std::nullopt;
    if (!operations)
        return failure;
    QJsonObject document = writable(scim.user(record));
    for (const scimpatch::Operation &operation : *operations) {
        if (auto refusal = scimpatch::apply(document, operation, userAttributes()))
            return *refusal;
    }
    return change(scim, request, record, document, false, *projection);
}

ApiResponse remove(ScimStore &scim, const ApiRequest &request)
{
    const int directory = scim.directoryIndex(request.param(0));
    const int record = scim.userIndex(directory, request.param(1));
    if (record < 0)
        return notFound(request.param(1));
    const int account = scim.accountOf(record);
    scim.removeUser(record);
    if (account >= 0) {
        scim.setAccountActive(account, false);
        scim.dropSyncedMemberships(account, directory);
        scim.refreshManagement(account);
    }
    return ApiResponse::empty(204);
}

} // namespace

std::optional<QJsonObject> scimroutes::body(const ApiRequest &request, ApiResponse *failure)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *failure = scimErrors::invalidSyntax(QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

void addScimUserRoutes(Router &router, ScimStore &scim)
{
    const QString users = scimroutes::kBase + QStringLiteral("/Users");
    const QString user = users + QStringLiteral("/{userId}");
    router.add("GET", users, [&scim](const ApiRequest &r) { return list(scim, r); });
    router.add("POST", users, [&scim](const ApiRequest &r) { return create(scim, r); });
    router.add("GET", user, [&scim](const ApiRequest &r) { return get(scim, r); });
    router.add("PUT", user, [&scim](const ApiRequest &r) { return replace(scim, r); });
    router.add("PATCH", user, [&scim](const ApiRequest &r) { return patch(scim, r); });
    router.add("DELETE", user, [&scim](const ApiRequest &r) { return remove(scim, r); });
}

} // namespace sandbox
