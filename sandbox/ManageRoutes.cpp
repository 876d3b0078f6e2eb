// User management (CATALOG §2): what the key may do to an account, and setting its e-mail.
#include "ManageErrors.h"
#include "OrgStore.h"
#include "Router.h"
#include "Routes.h"
#include "UserWriteState.h"

#include <QJsonObject>

namespace sandbox {
namespace {

const QString managePath = QStringLiteral("/users/{account_id}/manage");

const QStringList profileFields = {
    QStringLiteral("name"),
    QStringLiteral("nickname"),
    QStringLiteral("zoneinfo"),
    QStringLiteral("locale"),
    QStringLiteral("extended_profile.job_title"),
    QStringLiteral("extended_profile.department"),
    QStringLiteral("extended_profile.organization"),
    QStringLiteral("extended_profile.location"),
};

QJsonObject rule(bool allowed, const QString &reasonKey = QString())
{
    if (allowed)
        return {{QStringLiteral("allowed"), true}};
    return {{QStringLiteral("allowed"), false},
            {QStringLiteral("reason"), QJsonObject{{QStringLiteral("key"), reasonKey}}}};
}

// GET /users/{account_id}/manage: each privilege asked for (all by default) and whether the
// key has it on this account.
ApiResponse manage(OrgStore &store, UserWriteState &state, const ApiRequest &request)
{
    state.sweepDeletions(store);
    int index = -1;
    if (auto refusal = manageableAccount(store, request.param(0), &index))
        return *refusal;
    const SeedUser &user = store.data().users.at(index);
    const bool synced = isSynced(user);
    const QString scim = QStringLiteral("externalDirectory.scim");

    QJsonObject profileWrite;
    for (const QString &field : profileFields) {
        const bool providerOwned =
            field != QLatin1String("zoneinfo") && field != QLatin1String("locale");
        profileWrite.insert(field, rule(!(synced && providerOwned), scim));
    }
    const QJsonObject all{
        {QStringLiteral("profile"), profileWrite},
        {QStringLiteral("profile.write"), profileWrite},
        {QStringLiteral("profile.read"), rule(true)},
        {QStringLiteral("email.set"), rule(!synced, scim)},
        {QStringLiteral("lifecycle.enablement"), rule(!synced, scim)},
        {QStringLiteral("lifecycle.delete"), rule(!synced, scim)},
        {QStringLiteral("apiToken.read"), rule(true)},
        {QStringLiteral("apiToken.delete"), rule(true)},
    };
    QStringList wanted;
    for (const QString &value : request.query.allQueryItemValues(QStringLiteral("privileges")))
        wanted += value.split(u',', Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        return ApiResponse::json(all);
    QJsonObject answer;
    for (const QString &privilege : wanted) {
        if (all.contains(privilege))
            answer.insert(privilege, all.value(privilege));
    }
    return ApiResponse::json(answer);
}

// The constraints an e-mail address breaks: its parts, its characters.
QStringList emailViolations(const QString &email)
{
    QStringList keys;
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || at == email.size() - 1 ||
        !email.mid(at + 1).contains(u'.') || email.contains(u' '))
        keys.append(QStringLiteral("format"));
    for (const QString &part : email.split(QRegularExpression(QStringLiteral("[@.]")))) {
        if (part.size() > 255) {
            keys.append(QStringLiteral("partMaxLength"));
            break;
        }
    }
    for (const QChar c : email) {
        if (c.category() == QChar::Other_Control || c.isNull()) {
            keys.append(QStringLiteral("validCharacters"));
            break;
        }
    }
    return keys;
}

// PUT /users/{account_id}/manage/email: only to a domain the org has claimed; the new address
// counts as verified.
ApiResponse setEmail(OrgStore &store, UserWriteState &state, const ApiRequest &request)
{
    state.sweepDeletions(store);
    int index = -1;
    if (auto refusal = manageableAccount(store, request.param(0), &index))
        return *refusal;
    const std::optional<QJsonObject> body = routes::bodyObject(request);
    if (!body)
        return manageErrors::bodyParseFailure();
    const QJsonValue value = body->value(QLatin1String("email"));
    if (!value.isString())
        return manageErrors::fieldConstraints(
            {{QStringLiteral("email"), {QStringLiteral("required")}}});
    const QString email = value.toString().trimmed();
    if (const QStringList broken = emailViolations(email); !broken.isEmpty())
        return manageErrors::fieldConstraints({{QStringLiteral("email"), broken}});
    SeedUser &user = store.mutableData().users[index];
    if (isSynced(user))
        return manageErrors::forbiddenAction(QStringLiteral("externalDirectory.scim"));
    const QString domain = email.mid(email.indexOf(u'@') + 1).toLower();
    if (!state.claimedDomains.contains(domain))
        return manageErrors::unclaimedDomain(domain);
    for (int other = 0; other < store.data().users.size(); ++other) {
        if (other != index &&
            store.data().users.at(other).email.compare(email, Qt::CaseInsensitive) == 0)
            return manageErrors::fieldConstraints(
                {{QStringLiteral("email"), {QStringLiteral("unique")}}});
    }
    user.email = email;
    user.emailVerified = true;
    store.changed();
    return ApiResponse::empty(204);
}

} // namespace

std::optional<ApiResponse> manageableAccount(OrgStore &store, const QString &accountId, int *index)
{
    *index = store.userIndex(accountId);
    if (*index < 0 || store.data().users.at(*index).closed)
        return manageErrors::accountNotFound();
    const SeedUser &user = store.data().users.at(*index);
    if (!user.managed)
        return manageErrors::forbidden(); // User management covers managed accounts only
    if (!user.emailVerified)
        return manageErrors::targetUnverified();
    return std::nullopt;
}

void addManageRoutes(Router &router, OrgStore &store, std::shared_ptr<UserWriteState> state)
{
    router.add("GET", managePath,
               [&store, state](const ApiRequest &r) { return manage(store, *state, r); });
    router.add("PUT", managePath + QStringLiteral("/email"),
               [&store, state](const ApiRequest &r) { return setEmail(store, *state, r); });
}

} // namespace sandbox
