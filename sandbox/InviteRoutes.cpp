// POST /admin/v2/orgs/{orgId}/users/invite (CATALOG §1.3, §9.3): invite people by e-mail,
// give them roles on workspaces and add them to groups, with one result per address.
//
// Someone already in the organization (exact e-mail, any case) gets the roles and groups; a new
// address becomes an account that Users lists as not_invited until it accepts, which it does
// InviteControls::acceptDelayMs later on the sandbox clock. A billable role (user, admin) takes
// a seat on a workspace with a capacity; past it that role fails (ADMIN-UAM-409-3), and when
// nothing at all could be given for that reason the whole request is refused with 409.
#include "ApiErrors.h"
#include "Ids.h"
#include "InviteControls.h"
#include "InviteResults.h"
#include "OrgStore.h"
#include "RoleState.h"
#include "Router.h"
#include "Routes.h"
#include "SandboxClock.h"
#include "Vocabulary.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>

namespace sandbox {
namespace {

// MultidirectoryInviteApiRequest.emails: "maximum": 25 (meant as maxItems).
constexpr int kMaxEmails = 25;

const QStringList inviteRoles = {
    QStringLiteral("atlassian/user"),        QStringLiteral("atlassian/admin"),
    QStringLiteral("atlassian/guest"),       QStringLiteral("atlassian/contributor"),
    QStringLiteral("atlassian/customer"),    QStringLiteral("atlassian/basic"),
    QStringLiteral("atlassian/stakeholder"), QStringLiteral("atlassian/viewer")};

// Invited people who have not accepted yet, and when they will.
struct Acceptance
{
    int user = -1;
    qint64 atMs = 0;
};
using PendingAcceptances = QList<Acceptance>;

qint64 nowMs(const OrgData &org)
{
    return org.clock ? org.clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

ApiResponse uamError(int status, const char *code, const QString &detail)
{
    return errors::applicationError(status, QLatin1String(code), detail);
}

struct Rule
{
    int workspace = -1;
    QString resource;
    QString roleName;
};

struct Request
{
    QStringList emails;
    QList<Rule> rules;
    QList<int> groups;
};

// The body read and checked, or the 400/404 to answer.
std::optional<Request> readRequest(const OrgStore &store, const ApiRequest &request,
                                   ApiResponse *failure)
{
    const auto body = routes::bodyObject(request);
    auto bad = [failure](const QString &detail) {
        *failure = uamError(400, "ADMIN-UAM-400-1", detail);
        return std::nullopt;
    };
    if (!body)
        return bad(QStringLiteral("The body is not a JSON object."));
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    Request read;
    const QJsonValue emails = body->value(QLatin1String("emails"));
    if (!emails.isArray() || emails.toArray().isEmpty() || emails.toArray().size() > kMaxEmails)
        return bad(QStringLiteral("emails must list 1 to %1 addresses.").arg(kMaxEmails));
    for (const QJsonValue &value : emails.toArray()) {
        const QString email = value.toString().trimmed();
        if (!address.match(email).hasMatch())
            return bad(QStringLiteral("%1 is not an e-mail address.").arg(value.toString()));
        if (!read.emails.contains(email, Qt::CaseInsensitive))
            read.emails.append(email);
    }
    const OrgData &org = store.data();
    for (const QJsonValue &value : body->value(QLatin1String("permissionRules")).toArray()) {
        Rule rule;
        rule.resource = value[QLatin1String("resource")].toString();
        rule.roleName = value[QLatin1String("role")].toString();
        if (!inviteRoles.contains(rule.roleName))
            return bad(QStringLiteral("role must be one of %1.").arg(inviteRoles.join(u',')));
        for (int w = 0; w < org.workspaces.size() && rule.workspace < 0; ++w) {
            if (org.workspaces.at(w).ari == rule.resource)
                rule.workspace = w;
        }
        if (rule.workspace < 0) {
            *failure = uamError(404, "ADMIN-UAM-404-1",
                                QStringLiteral("Resource %1 was not found.").arg(rule.resource));
            return std::nullopt;
        }
        read.rules.append(rule);
    }
    for (const QJsonValue &value : body->value(QLatin1String("additionalGroups")).toArray()) {
        const int group = store.groupIndex(value.toString());
        if (group < 0) {
            *failure = uamError(404, "ADMIN-UAM-404-3",
                                QStringLiteral("Group %1 was not found.").arg(value.toString()));
            return std::nullopt;
        }
        read.groups.append(group);
    }
    return read;
}

QString newAccountId(const QString &email, int index)
{
    const QByteArray digest =
        QCryptographicHash::hash(email.toLower().toUtf8(), QCryptographicHash::Sha1);
    const quint64 high = qFromBigEndian<quint64>(digest.constData());
    return hexDigits(high, 16) + hexDigits(quint64(index) * 0x9e3779b1u, 8);
}

SeedUser newPerson(const QString &email, int index, qint64 nowSeconds)
{
    SeedUser user;
    user.accountId = newAccountId(email, index);
    user.email = email.toLower();
    // The service names a new account after its address until the person sets a name.
    user.name = email.section(u'@', 0, 0);
    user.nickname = user.name;
    user.addedToOrg = nowSeconds;
    user.status = UserStatus::NotInvited;
    user.managementSource = ManagementSource::Invited;
    user.emailVerified = false;
    return user;
}

class Invitation
{
public:
    Invitation(OrgStore &store, RoleState &roles, PendingAcceptances &pending)
        : m_store(store), m_roles(roles), m_pending(pending), m_org(store.data())
    {}

    // Gives one address what the request asks; its result as AdminInviteResponse.
    InviteOutcome invite(const QString &email, const Request &request)
    {
        InviteOutcome outcome;
        outcome.email = email;
        int user = m_store.userByEmail(email);
        if (user >= 0 && m_org.users.at(user).accountStatus() != AccountStatus::Active) {
            for (const Rule &rule : request.rules)
                outcome.roles.append(refused(rule, "ADMIN-UAM-400-2", "Inactive user"));
            for (int group : request.groups)
                outcome.groups.append(refusedGroup(group, "ADMIN-UAM-400-2", "Inactive user"));
            outcome.id = m_org.users.at(user).accountId;
            return outcome;
        }
        QList<const Rule *> granted;
        for (const Rule &rule : request.rules) {
            const auto refusal = check(rule, user);
            if (refusal)
                outcome.roles.append(*refusal);
            else
                granted.append(&rule);
        }
        // A new address that none of its roles could be given is not invited at all.
        if (user < 0 && granted.isEmpty() && !request.rules.isEmpty()) {
            for (int group : request.groups)
                outcome.groups.append(refusedGroup(group, "ADMIN-UAM-400-1",
                                                   "Not invited: none of the roles was given"));
            return outcome;
        }
        if (user < 0) {
            SeedUser person = newPerson(email, int(m_org.users.size()), nowMs(m_org) / 1000);
            person.managed = onClaimedDomain(person.email);
            user = m_store.addUser(std::move(person));
        }
        SeedUser &person = m_store.mutableData().users[user];
        outcome.id = person.accountId;
        for (const Rule *rule : std::as_const(granted)) {
            const Role role = *parseRoleId(rule->roleName);
            m_roles.grant(user, rule->workspace, role);
            const int product = m_org.workspaces.at(rule->workspace).product;
            if (role == RoleUser && product >= 0)
                person.productMask |= quint16(1u << product);
            outcome.roles.append({rule->resource, rule->roleName, true, QString()});
        }
        for (int group : request.groups) {
            if (m_org.groups.at(group).synced) {
                outcome.groups.append(refusedGroup(
                    group, "ADMIN-UAM-403-1", "The group is synced from an identity provider"));
                continue;
            }
            person.groupMask |= quint64(1) << group;
            outcome.groups.append({m_org.groups.at(group).id, true, QString()});
        }
        if (person.status == UserStatus::NotInvited) {
            const int delay = m_org.inviteControls ? m_org.inviteControls->acceptDelayMs.load() : 0;
            m_pending.append({user, nowMs(m_org) + delay});
        }
        m_store.changed();
        return outcome;
    }

    // Whether this address would get nothing, every role refused for the licence limit.
    bool onlyOutOfSeats(const QString &email, const Request &request) const
    {
        if (request.rules.isEmpty())
            return false;
        const int user = m_store.userByEmail(email);
        if (user >= 0 && (m_org.users.at(user).accountStatus() != AccountStatus::Active ||
                          !request.groups.isEmpty()))
            return false;
        return std::all_of(request.rules.cbegin(), request.rules.cend(), [&](const Rule &rule) {
            const auto refusal = check(rule, user);
            return refusal && refusal->reason.startsWith(QLatin1String("ADMIN-UAM-409-3"));
        });
    }

private:
    // The organization has claimed the domains of its managed accounts.
    bool onClaimedDomain(const QString &email) const
    {
        const QString domain = email.section(u'@', 1);
        return std::any_of(m_org.users.cbegin(), m_org.users.cend(), [&](const SeedUser &u) {
            return u.managed && u.email.section(u'@', 1).compare(domain, Qt::CaseInsensitive) == 0;
        });
    }

    std::optional<InviteOutcome::RoleResult> check(const Rule &rule, int user) const
    {
        const Workspace &workspace = m_org.workspaces.at(rule.workspace);
        if (workspace.status != QLatin1String("online"))
            return refused(rule, "ADMIN-UAM-400-4", "Product not licensed");
        const auto role = parseRoleId(rule.roleName);
        if (!role || !roleFits(*role, workspace))
            return refused(rule, "ADMIN-UAM-400-3", "Invalid Role for Resource");
        const bool billable = *role == RoleUser || *role == RoleAdmin;
        const bool outOfSeats =
            user >= 0 ? m_roles.outOfSeats(m_org, user, rule.workspace, *role)
                      : billable && workspace.capacity >= 0 &&
                            m_roles.seatsTaken(m_org, rule.workspace) >= workspace.capacity;
        if (outOfSeats)
            return InviteOutcome::RoleResult{
                rule.resource, rule.roleName, false,
                QStringLiteral("ADMIN-UAM-409-3: Product License Limit Exceeded: all %1 seats of "
                               "%2 are in use")
                    .arg(workspace.capacity)
                    .arg(workspace.name)};
        return std::nullopt;
    }
    static InviteOutcome::RoleResult refused(const Rule &rule, const char *code, const char *why)
    {
        return {rule.resource, rule.roleName, false,
                QStringLiteral("%1: %2").arg(QLatin1String(code), QString::fromUtf8(why))};
    }
    InviteOutcome::GroupResult refusedGroup(int group, const char *code, const char *why) const
    {
        return {m_org.groups.at(group).id, false,
                QStringLiteral("%1: %2").arg(QLatin1String(code), QString::fromUtf8(why))};
    }

    OrgStore &m_store;
    RoleState &m_roles;
    PendingAcceptances &m_pending;
    const OrgData &m_org;
};

ApiResponse invite(OrgStore &store, RoleState &roles, PendingAcceptances &pending,
                   const ApiRequest &request)
{
    if (!store.isOrg(request.param(0)))
        return uamError(404, "ADMIN-UAM-404-2",
                        QStringLiteral("Organization %1 was not found.").arg(request.param(0)));
    const OrgData &org = store.data();
    if (org.inviteControls && org.inviteControls->paymentRequired.load())
        return uamError(402, "ADMIN-UAM-402-1",
                        QStringLiteral("Inviting people needs at least one paid subscription "
                                       "in the organization."));
    ApiResponse failure;
    const auto read = readRequest(store, request, &failure);
    if (!read)
        return failure;
    Invitation invitation(store, roles, pending);
    // Nothing can be given because every address would need a seat that is not there: 409,
    // with nothing changed.
    if (std::all_of(read->emails.cbegin(), read->emails.cend(), [&](const QString &email) {
            return invitation.onlyOutOfSeats(email, *read);
        })) {
        return uamError(409, "ADMIN-UAM-409-3",
                        QStringLiteral("Product License Limit Exceeded: no seat is left for "
                                       "anyone in this invitation."));
    }
    QList<InviteOutcome> outcomes;
    for (const QString &email : read->emails)
        outcomes.append(invitation.invite(email, *read));
    return inviteAnswer(outcomes);
}

void settleAcceptances(OrgStore &store, PendingAcceptances &pending)
{
    if (pending.isEmpty())
        return;
    const qint64 now = nowMs(store.data());
    bool accepted = false;
    for (auto it = pending.begin(); it != pending.end();) {
        if (it->atMs > now) {
            ++it;
            continue;
        }
        SeedUser &person = store.mutableData().users[it->user];
        if (person.status == UserStatus::NotInvited) {
            person.status = UserStatus::Active;
            if (person.directory < 0 && !store.data().directories.isEmpty())
                person.directory = 0; // the organization's own directory
            accepted = true;
        }
        it = pending.erase(it);
    }
    if (accepted)
        store.changed();
}

} // namespace

void addInviteRoutes(Router &router, OrgStore &store, std::shared_ptr<RoleState> roles)
{
    auto pending = std::make_shared<PendingAcceptances>();
    router.beforeEach([&store, pending] { settleAcceptances(store, *pending); });
    router.add("POST", QStringLiteral("/admin/v2/orgs/{orgId}/users/invite"),
               [&store, roles, pending](const ApiRequest &r) {
                   return invite(store, *roles, *pending, r);
               });
}

} // namespace sandbox
