#include "EventSeeder.h"

#include "EventActions.h"
#include "EventPlaces.h"
#include "PolicyData.h"
#include "Prng.h"
#include "Timestamps.h"

#include <algorithm>

namespace sandbox {
namespace {

constexpr qint64 kDayMs = kSecondsPerDay * 1000;
constexpr int kSeededDays = 400;

// Automation calls through an admin API key come from servers in these places (indices into
// eventPlaces()): Frankfurt am Main, Dublin, Seattle.
constexpr quint8 kServerPlaces[] = {43, 45, 47};

const char *const kTokenLabels[] = {
    "Jira CLI",        "Confluence backup script",
    "Zapier",          "VS Code",
    "Postman",         "GitHub Actions",
    "Python script",   "Grafana dashboard",
    "Migration tool",  "Slack bot",
    "Power BI export", "Jenkins",
};

struct Weighted
{
    EventAction action;
    int weight; // per mille
};

// The everyday mix; the paired actions (granted/revoked, added/removed...) are decided by the
// person's current state, so that the log agrees with the org as it is now.
// clang-format off
constexpr Weighted kMix[] = {
    {UserLoggedIn, 520}, {UserLoginFailed, 40}, {UserInvited, 30}, {UserRestored, 10},
    {UserRemovedFromDirectory, 3}, {UserReactivated, 7}, {UserDeletionCancelled, 1},
    {UserProfileUpdated, 30}, {UserEmailChanged, 5}, {ProductAccessGranted, 70},
    {UserRoleGranted, 35}, {GroupCreated, 3}, {UserAddedToGroup, 120}, {GroupRoleGranted, 12},
    {PolicyUpdated, 7}, {PolicyResourceAdded, 4}, {AuthPolicyUsersAdded, 4},
    {ApiTokenCreated, 25}, {ApiTokenRevoked, 6}, {ClassificationLevelUpdated, 2},
    {GuardDetectAlert, 15},
};
// clang-format on

constexpr int mixTotal()
{
    int total = 0;
    for (const Weighted &w : kMix)
        total += w.weight;
    return total;
}

quint64 seedFor(const OrgData &org, quint32 seed)
{
    quint64 hash = 0xcbf29ce484222325ULL ^ seed;
    for (QChar c : org.orgId)
        hash = (hash ^ c.unicode()) * 0x100000001b3ULL;
    return hash;
}

EventNames seededNames(const OrgData &org)
{
    EventNames names;
    names.keys = seedApiAccess(org).keys;
    const PolicyState policies = seedPolicies(org);
    for (const SeedPolicy &policy : policies.policies)
        names.policies.append({policy.id, policy.name});
    for (const AuthPolicy &policy : policies.authPolicies)
        names.policies.append({policy.id, policy.name});
    for (const SeedDomain &domain : seedDomains()) {
        if (domain.claimStatus == QLatin1String("verified"))
            names.domains.append(domain);
    }
    for (const char *label : kTokenLabels)
        names.tokenLabels.append(QString::fromUtf8(label));
    return names;
}

class Seeder
{
public:
    Seeder(const OrgData &org, const EventNames &names, quint64 seed, qint64 nowMs)
        : m_org(org), m_names(names), m_seed(seed), m_endMs(nowMs - 30'000),
          m_startMs(nowMs - kSeededDays * kDayMs)
    {
        for (int i = 0; i < org.users.size(); ++i) {
            const SeedUser &user = org.users.at(i);
            if (user.status == UserStatus::NotInvited || user.closed)
                continue;
            m_people.append(i);
            if (user.status == UserStatus::Active && user.hasRole(RoleOrgAdmin))
                m_admins.append(i);
        }
        m_places.reserve(size_t(org.users.size()));
        for (int i = 0; i < org.users.size(); ++i)
            m_places.push_back(personPlaces(org.users.at(i), i, seed));
        if (m_admins.isEmpty() && !m_people.isEmpty())
            m_admins.append(m_people.first());
        for (int g = 0; g < org.groups.size(); ++g) {
            if (!org.groups.at(g).deleted && !org.groups.at(g).synced)
                m_groups.append(g);
        }
    }

    // The events the org's present state implies: its keys' creation and revocation, its
    // domains' verification, the suspensions, deactivations and deletions of its people.
    void seedHistory(std::vector<EventRecord> &out, int budget)
    {
        Prng rng(Prng::derive(m_seed, 0, 0x68697374)); // "hist"
        auto add = [&](EventRecord record) {
            if (int(out.size()) < budget && record.timeMs >= m_startMs && record.timeMs <= m_endMs)
                out.push_back(record);
        };
        for (int k = 0; k < m_names.keys.size(); ++k) {
            const SeedApiKey &key = m_names.keys.at(k);
            EventRecord created = adminEvent(rng, ApiKeyCreated, key.createdAt * 1000);
            created.actor = key.createdBy;
            created.key = 0;
            created.target = quint16(k);
            locate(rng, created);
            add(created);
            if (key.isRevoked()) {
                EventRecord revoked = adminEvent(rng, ApiKeyRevoked, key.revocationDate * 1000);
                revoked.target = quint16(k);
                add(revoked);
            }
        }
        for (int d = 0; d < m_names.domains.size(); ++d) {
            EventRecord verified = adminEvent(rng, DomainVerified, randomTime(rng));
            verified.target = quint16(d);
            add(verified);
        }
        for (int i = 0; i < m_org.users.size(); ++i) {
            const SeedUser &user = m_org.users.at(i);
            EventAction action;
            qint64 at = randomTime(rng);
            if (user.status == UserStatus::Suspended)
                action = UserSuspended;
            else if (user.status == UserStatus::Deactivated)
                action = UserDeactivated;
            else if (user.status == UserStatus::ForDeletion)
                action = UserDeletionScheduled;
            else
                continue;
            if (user.deactivatedOn > 0)
                at = user.deactivatedOn * 1000 + rng.range(0, 3'600'000);
            EventRecord record = adminEvent(rng, action, qMin(at, m_endMs));
            record.subject = i;
            add(record);
        }
    }

    EventRecord everyday(int n)
    {
        Prng rng(Prng::derive(m_seed, quint64(n), 0x6576656e74)); // "event"
        int pick = int(rng.below(quint32(mixTotal())));
        EventAction action = kMix[0].action;
        for (const Weighted &w : kMix) {
            if (pick < w.weight) {
                action = w.action;
                break;
            }
            pick -= w.weight;
        }
        const qint64 time = randomTime(rng);
        switch (action) {
        case UserLoggedIn:
        case UserLoginFailed:
        case ApiTokenCreated:
        case GuardDetectAlert:
            return personEvent(rng, action, time);
        default:
            return adminEvent(rng, action, time);
        }
    }

private:
    qint64 randomTime(Prng &rng) const
    {
        const qint64 span = m_endMs - m_startMs;
        qint64 t = m_startMs + qint64(rng.unit() * double(span));
        // Fewer events at weekends and at night (UTC, roughly the org's working hours).
        const int weekday = int(((t / kDayMs) + 3) % 7); // 0 = Monday (1970-01-01 was a Thursday)
        if (weekday >= 5 && rng.chance(0.7))
            t -= kDayMs * (weekday - 3); // to Thursday or Friday
        const qint64 hourMs = t % kDayMs;
        if ((hourMs < 6 * 3'600'000 || hourMs > 20 * 3'600'000) && rng.chance(0.6))
            t = t - hourMs + 8 * 3'600'000 + qint64(rng.below(10 * 3'600'000));
        // Moved out of the window: wrap around to its other end.
        if (t > m_endMs)
            t = m_startMs + (t - m_endMs) % span;
        else if (t < m_startMs)
            t = m_endMs - (m_startMs - t) % span;
        return t;
    }

    qint32 processingDelay(Prng &rng) const
    {
        return qint32(300 + rng.below(rng.chance(0.9) ? 2'500 : 15'000));
    }

    int randomPerson(Prng &rng) const
    {
        if (m_people.isEmpty())
            return -1;
        int person = m_people.at(int(rng.below(quint32(m_people.size()))));
        if (m_org.users.at(person).status != UserStatus::Active && rng.chance(0.8))
            person = m_people.at(int(rng.below(quint32(m_people.size()))));
        return person;
    }

    void locate(Prng &rng, EventRecord &record) const
    {
        if (record.actor < 0) {
            record.place = kNoPlace;
            record.ip = personIp(kNoPlace, 0, 0, m_seed);
            return;
        }
        if (record.key > 0) {
            record.place = kServerPlaces[rng.below(std::size(kServerPlaces))];
            record.ip = personIp(record.place, -1 - record.key, 0, m_seed);
            return;
        }
        const PersonPlaces &places = m_places[size_t(record.actor)];
        const int which = rng.chance(0.8) ? 0 : int(rng.below(quint32(places.count)));
        record.place = places.place[which];
        record.ip =
            personIp(record.place, record.actor, int(rng.below(which == 0 ? 3 : 1)), m_seed);
    }

    EventRecord personEvent(Prng &rng, EventAction action, qint64 time)
    {
        EventRecord record;
        record.timeMs = time;
        record.delayMs = processingDelay(rng);
        record.action = action;
        record.actor = randomPerson(rng);
        if (action == ApiTokenCreated)
            record.target = quint16(rng.below(std::size(kTokenLabels)));
        locate(rng, record);
        if (action == UserLoginFailed && rng.chance(0.3)) { // someone else, somewhere else
            record.place = quint8(rng.below(quint32(eventPlaces().size())));
            record.ip = personIp(record.place, int(rng.below(1u << 20)), 7, m_seed);
        }
        return record;
    }

    // An admin's change, in the admin's session or through one of the org's admin keys that
    // was valid then.
    EventRecord adminEvent(Prng &rng, EventAction action, qint64 time)
    {
        EventRecord record;
        record.timeMs = time;
        record.delayMs = processingDelay(rng);
        record.action = action;
        record.actor =
            m_admins.isEmpty() ? -1 : m_admins.at(int(rng.below(quint32(m_admins.size()))));
        if (rng.chance(0.3))
            useKey(rng, record);
        fillTarget(rng, record);
        locate(rng, record);
        return record;
    }

    void useKey(Prng &rng, EventRecord &record) const
    {
        const QList<SeedApiKey> &keys = m_names.keys;
        if (keys.isEmpty())
            return;
        const int start = int(rng.below(quint32(keys.size())));
        for (int n = 0; n < keys.size(); ++n) {
            const int k = (start + n) % int(keys.size());
            const SeedApiKey &key = keys.at(k);
            const bool valid = key.createdAt * 1000 <= record.timeMs &&
                               key.expiresAt * 1000 > record.timeMs &&
                               (!key.isRevoked() || key.revocationDate * 1000 > record.timeMs);
            if (valid && key.scopes.isEmpty() && key.createdBy >= 0) {
                record.key = quint8(k + 1);
                record.actor = key.createdBy;
                return;
            }
        }
    }

    void fillTarget(Prng &rng, EventRecord &record) const
    {
        const EventActionInfo &info = eventAction(record.action);
        if (info.hasSubject && record.subject < 0)
            record.subject = randomPerson(rng);
        const SeedUser *subject = record.subject >= 0 ? &m_org.users.at(record.subject) : nullptr;
        switch (info.target) {
        case EventTarget::Group: {
            if (m_groups.isEmpty())
                break;
            const int group = m_groups.at(int(rng.below(quint32(m_groups.size()))));
            record.target = quint16(group);
            if (record.action == UserAddedToGroup && subject && !(subject->groupMask >> group & 1))
                record.action = UserRemovedFromGroup;
            if (record.action == GroupRoleGranted && rng.chance(0.25))
                record.action = GroupRoleRevoked;
            if (record.action == GroupCreated && rng.chance(0.25))
                record.action = GroupDeleted;
            break;
        }
        case EventTarget::Product: {
            const int product = int(rng.below(ProductCount));
            record.target = quint16(product);
            const bool has = subject && subject->hasProduct(Product(product));
            if (!has)
                record.action =
                    record.action == ProductAccessGranted ? ProductAccessRevoked : UserRoleRevoked;
            break;
        }
        case EventTarget::Policy:
            if (!m_names.policies.isEmpty())
                record.target = quint16(rng.below(quint32(m_names.policies.size())));
            break;
        case EventTarget::TokenLabel:
            record.target = quint16(rng.below(std::size(kTokenLabels)));
            break;
        default:
            break;
        }
        if (record.action == UserRestored && subject && subject->status == UserStatus::Suspended)
            record.action = UserSuspended;
        if (record.action == UserReactivated && subject &&
            subject->status == UserStatus::Deactivated)
            record.action = UserDeactivated;
    }

    const OrgData &m_org;
    const EventNames &m_names;
    const quint64 m_seed;
    const qint64 m_endMs;
    const qint64 m_startMs;
    QList<int> m_people;
    QList<int> m_admins;
    QList<int> m_groups;
    std::vector<PersonPlaces> m_places; // per user
};

} // namespace

int defaultEventCount(int users)
{
    const qint64 realistic = qint64(qMax(0, users)) * 30 * kSeededDays / 1000;
    return int(std::clamp<qint64>(realistic, 5000, 250'000));
}

EventLog seedEvents(const OrgData &org, quint32 seed, int count, qint64 nowMs)
{
    const quint64 stream = seedFor(org, seed);
    EventLog log(Prng::mix(stream ^ 0x6576656e746964ULL)); // "eventid"
    if (count < 0)
        count = defaultEventCount(int(org.users.size()));
    log.names = seededNames(org);
    Seeder seeder(org, log.names, stream, nowMs);
    std::vector<EventRecord> records;
    records.reserve(size_t(count));
    seeder.seedHistory(records, count / 4);
    for (int n = 0; int(records.size()) < count; ++n)
        records.push_back(seeder.everyday(n));
    log.setSeeded(std::move(records));
    return log;
}

} // namespace sandbox
