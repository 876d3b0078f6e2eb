// User management profile (CATALOG §2): read it, and change the mutable fields within their
// limits (name up to 100 characters, nickname up to 30, no control characters).
#include "ManageErrors.h"
#include "OrgStore.h"
#include "Router.h"
#include "Routes.h"
#include "UserJson.h"
#include "UserWriteState.h"
#include "Vocabulary.h"

#include <QJsonObject>
#include <QTimeZone>

namespace sandbox {
namespace {

const QString profilePath = QStringLiteral("/users/{account_id}/manage/profile");
constexpr int kNameMax = 100;
constexpr int kNicknameMax = 30;
constexpr int kExtendedMax = 255;

// extended_profile key -> v2 profile key
const QList<QPair<QString, QString>> extendedFields = {
    {QStringLiteral("job_title"), QStringLiteral("jobTitle")},
    {QStringLiteral("department"), QStringLiteral("department")},
    {QStringLiteral("organization"), QStringLiteral("organization")},
    {QStringLiteral("location"), QStringLiteral("location")},
};

QJsonObject account(const SeedUser &user, const OrgData &org, const QString &origin)
{
    const QJsonObject v2 = multiDirectoryProfile(user, org, origin);
    QJsonObject extended;
    for (const auto &[key, v2Key] : extendedFields)
        extended.insert(key, v2.value(v2Key));
    const ProfileEdits edits = org.profileEdits.value(user.accountId);
    return {
        {QStringLiteral("account_id"), user.accountId},
        {QStringLiteral("account_type"), QStringLiteral("atlassian")},
        {QStringLiteral("account_status"), accountStatusName(user.accountStatus())},
        {QStringLiteral("name"), user.name},
        {QStringLiteral("picture"), avatarUrl(user, origin)},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("characteristics"),
         QJsonObject{{QStringLiteral("not_mentionable"), false}}},
        {QStringLiteral("nickname"), user.nickname},
        {QStringLiteral("zoneinfo"), v2.value(QLatin1String("timeZone"))},
        {QStringLiteral("locale"), edits.locale.value_or(QStringLiteral("en-US"))},
        {QStringLiteral("extended_profile"), extended},
    };
}

ApiResponse getProfile(OrgStore &store, UserWriteState &state, const ApiRequest &request)
{
    state.sweepDeletions(store);
    int index = -1;
    if (auto refusal = manageableAccount(store, request.param(0), &index))
        return *refusal;
    return ApiResponse::json({{QStringLiteral("account"), account(store.data().users.at(index),
                                                                  store.data(), request.origin)}});
}

// The constraint keys a text field breaks.
QStringList textViolations(const QString &text, int maxLength, bool required)
{
    QStringList keys;
    if (required && text.trimmed().isEmpty())
        keys.append(QStringLiteral("minLength"));
    if (text.size() > maxLength)
        keys.append(QStringLiteral("maxLength"));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.isNull()) {
            keys.append(QStringLiteral("validCharacters"));
            break;
        }
    }
    return keys;
}

struct Change
{
    QString field; // JSON path: "name", "extended_profile.job_title"
    QString value;
};

// The body as (field, value) pairs; a problem answer when it is not a profile subset.
std::optional<ApiResponse> readChanges(const QJsonObject &body, QList<Change> *changes)
{
    QStringList readOnly;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("extended_profile")) {
            if (!it->isObject())
                return manageErrors::bodyParseFailure();
            const QJsonObject extended = it->toObject();
            for (auto e = extended.begin(); e != extended.end(); ++e) {
                const bool known = std::any_of(extendedFields.begin(), extendedFields.end(),
                                               [&](const auto &f) { return f.first == e.key(); });
                if (!known)
                    return manageErrors::bodyParseFailure();
                if (!e->isString())
                    return manageErrors::bodyParseFailure();
                changes->append({QStringLiteral("extended_profile.") + e.key(), e->toString()});
            }
        } else if (key == QLatin1String("name") || key == QLatin1String("nickname") ||
                   key == QLatin1String("zoneinfo") || key == QLatin1String("locale")) {
            if (!it->isString())
                return manageErrors::bodyParseFailure();
            changes->append({key, it->toString()});
        } else {
            readOnly.append(key); // account_id, email, picture...: not through this route
        }
    }
    if (!readOnly.isEmpty())
        return manageErrors::fieldMutation(readOnly, readOnly, QStringLiteral("administrative"));
    return std::nullopt;
}

std::optional<ApiResponse> validate(const QList<Change> &changes)
{
    QList<QPair<QString, QStringList>> violations;
    for (const Change &change : changes) {
        QStringList keys;
        if (change.field == QLatin1String("name"))
            keys = textViolations(change.value, kNameMax, true);
        else if (change.field == QLatin1String("nickname"))
            keys = textViolations(change.value, kNicknameMax, true);
        else if (change.field == QLatin1String("zoneinfo")) {
            if (!QTimeZone::isTimeZoneIdAvailable(change.value.toUtf8()))
                keys.append(QStringLiteral("validZoneInfo"));
        } else if (change.field == QLatin1String("locale")) {
            static const QRegularExpression bcp47(
                QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
            if (!bcp47.match(change.value).hasMatch())
                keys.append(QStringLiteral("validLocale"));
        } else {
            keys = textViolations(change.value, kExtendedMax, false);
        }
        if (!keys.isEmpty())
            violations.append({change.field, keys});
    }
    if (violations.isEmpty())
        return std::nullopt;
    return manageErrors::fieldConstraints(violations);
}

ApiResponse patchProfile(OrgStore &store, UserWriteState &state, const ApiRequest &request)
{
    state.sweepDeletions(store);
    int index = -1;
    if (auto refusal = manageableAccount(store, request.param(0), &index))
        return *refusal;
    const std::optional<QJsonObject> body = routes::bodyObject(request);
    if (!body || body->isEmpty())
        return manageErrors::bodyParseFailure();
    QList<Change> changes;
    if (auto problem = readChanges(*body, &changes))
        return *problem;
    if (auto problem = validate(changes))
        return *problem;

    OrgData &data = store.mutableData();
    SeedUser &user = data.users[index];
    if (isSynced(user)) {
        QStringList fields, refused;
        for (const Change &change : changes) {
            fields.append(change.field);
            if (change.field != QLatin1String("zoneinfo") &&
                change.field != QLatin1String("locale"))
                refused.append(change.field);
        }
        if (!refused.isEmpty())
            return manageErrors::fieldMutation(fields, refused,
                                               QStringLiteral("externalDirectory.scim"));
    }
    ProfileEdits &edits = data.profileEdits[user.accountId];
    for (const Change &change : changes) {
        if (change.field == QLatin1String("name"))
            user.name = change.value.trimmed();
        else if (change.field == QLatin1String("nickname"))
            user.nickname = change.value.trimmed();
        else if (change.field == QLatin1String("zoneinfo"))
            edits.timeZone = change.value;
        else if (change.field == QLatin1String("locale"))
            edits.locale = change.value;
        else if (change.field == QLatin1String("extended_profile.job_title"))
            edits.jobTitle = change.value;
        else if (change.field == QLatin1String("extended_profile.department"))
            edits.department = change.value;
        else if (change.field == QLatin1String("extended_profile.organization"))
            edits.organization = change.value;
        else if (change.field == QLatin1String("extended_profile.location"))
            edits.location = change.value;
    }
    store.changed();
    return ApiResponse::json({{QStringLiteral("account"), account(user, data, request.origin)}});
}

} // namespace

void addProfileRoutes(Router &router, OrgStore &store, std::shared_ptr<UserWriteState> state)
{
    router.add("GET", profilePath,
               [&store, state](const ApiRequest &r) { return getProfile(store, *state, r); });
    router.add("PATCH", profilePath,
               [&store, state](const ApiRequest &r) { return patchProfile(store, *state, r); });
}

} // namespace sandbox
