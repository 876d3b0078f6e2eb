#include "ScimSeed.h"

#include "Ids.h"
#include "OrgSeeder.h"
#include "Prng.h"
#include "SeedNames.h"
#include "SeedPersonas.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QSet>

namespace sandbox {
namespace {

constexpr int kOkta = 0; // index into ScimData::directories
constexpr int kEntra = 1;
constexpr int kPriya = 4; // indices of SeedPersonas.h
constexpr int kWojciech = 9;

QJsonObject attributesOf(const SeedUser &user, const OrgData &org, const QString &email)
{
    const QString given = user.name.section(u' ', 0, 0);
    return {
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("formatted"), user.name},
                     {QStringLiteral("givenName"), given},
                     {QStringLiteral("familyName"), user.name.section(u' ', 1)}}},
        {QStringLiteral("displayName"), user.name},
        {QStringLiteral("nickName"), user.nickname},
        {QStringLiteral("emails"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), email},
                                {QStringLiteral("type"), QStringLiteral("work")},
                                {QStringLiteral("primary"), true}}}},
        {scim::kEnterpriseSchema,
         QJsonObject{{QStringLiteral("organization"), org.organizations.value(user.organization)},
                     {QStringLiteral("department"),
                      QString::fromUtf16(departments()[user.department].name)}}}};
}

class Seeder
{
public:
    Seeder(const OrgData &org, quint32 seed, int firstDirectoryRecords)
        : m_org(org), m_rng(Prng::derive(seed, 0, 0x7363696d)),
          m_firstDirectoryRecords(firstDirectoryRecords)
    {}

    ScimData run()
    {
        addDirectory(m_org.directories.value(OktaDirectory).name, OktaDirectory);
        addDirectory(QStringLiteral("Acme Robotics (Microsoft Entra ID)"), MainDirectory);
        int differs = -1;
        for (int i = 0; i < m_org.users.size(); ++i) {
            const SeedUser &user = m_org.users.at(i);
            if (user.directory != OktaDirectory || !user.managed || user.closed ||
                user.status == UserStatus::NotInvited)
                continue;
            const bool other = i >= int(personas().size());
            if (differs < 0 && other && user.status == UserStatus::Active) {
                differs = i;
                addRecord(kOkta, user, shortAddress(user.email));
            } else if (i == kPriya) {
                ScimUserRecord &old = addRecord(kOkta, user, user.email);
                old.userName = user.email.section(u'@', 0, 0) + QStringLiteral(".2019@") +
                               user.email.section(u'@', 1);
            } else {
                addRecord(kOkta, user, user.email);
            }
            if (i == kWojciech)
                addRecord(kEntra, user, user.email).externalId = uuidFrom(m_rng);
        }
        addStranger(QStringLiteral("Jordan Ellis"), QStringLiteral("jordan.ellis@acmelabs.io"),
                    hexDigits(m_rng.next(), 16) + hexDigits(m_rng.next(), 8));
        addStranger(QStringLiteral("Sam Okafor"), QStringLiteral("sam.okafor@acmelabs.io"), {});
        for (const Group &group : m_org.groups) {
            if (group.synced && group.directory == OktaDirectory)
                m_data.groups.append({group.id, kOkta,
                                      QStringLiteral("00g") + hexDigits(m_rng.next(), 17), kSeedMs,
                                      kSeedMs});
        }
        fillFirstDirectory();
        return std::move(m_data);
    }

private:
    static constexpr qint64 kSeedMs = kSeedReferenceEpoch * 1000;

    // "john.smith@x" -> "jsmith@x": how another system spells the same person.
    static QString shortAddress(const QString &email)
    {
        const QString local = email.section(u'@', 0, 0);
        const QString shorter = local.contains(u'.')
                                    ? local.left(1) + local.section(u'.', 1).remove(u'.')
                                    : local + u'1';
        return shorter + u'@' + email.section(u'@', 1);
    }

    void addDirectory(const QString &name, int orgDirectory)
    {
        const QString id = uuidFrom(m_rng);
        const QString key = QStringLiteral("scim_") + hexDigits(m_rng.next(), 16) +
                            hexDigits(m_rng.next(), 16) + hexDigits(m_rng.next(), 8);
        m_data.directories.append({id, name, key, orgDirectory});
    }

    ScimUserRecord &addRecord(int directory, const SeedUser &user, const QString &email)
    {
        ScimUserRecord record;
        record.id = uuidFrom(m_rng);
        record.directory = directory;
        record.accountId = user.accountId;
        record.userName = email;
        record.externalId = QStringLiteral("00u") + hexDigits(m_rng.next(), 17);
        record.active = user.accountStatus() == AccountStatus::Active;
        record.attributes = attributesOf(user, m_org, email);
        record.createdMs = user.addedToOrg * 1000;
        record.modifiedMs = record.createdMs;
        m_data.users.append(std::move(record));
        return m_data.users.last();
    }

    // Up to m_firstDirectoryRecords records in the Okta directory: the org's other people.
    void fillFirstDirectory()
    {
        QSet<QString> linked;
        QSet<QString> userNames;
        int held = 0;
        for (const ScimUserRecord &record : std::as_const(m_data.users)) {
            if (record.directory != kOkta)
                continue;
            ++held;
            linked.insert(record.accountId);
            userNames.insert(record.userName.toLower());
        }
        for (int i = 0; i < m_org.users.size() && held < m_firstDirectoryRecords; ++i) {
            const SeedUser &user = m_org.users.at(i);
            if (user.directory < 0 || !user.managed || user.closed ||
                user.status == UserStatus::NotInvited || linked.contains(user.accountId) ||
                userNames.contains(user.email.toLower()))
                continue;
            addRecord(kOkta, user, user.email);
            ++held;
        }
    }

    // A record of someone without an account in the org: `accountId` is gone, or empty.
    void addStranger(const QString &name, const QString &email, const QString &accountId)
    {
        if (std::any_of(m_org.users.cbegin(), m_org.users.cend(),
                        [&](const SeedUser &u) { return u.email == email; }))
            return;
        SeedUser stranger;
        stranger.name = name;
        stranger.nickname = name.section(u' ', 0, 0);
        stranger.accountId = accountId;
        stranger.organization = 1;
        stranger.addedToOrg = kSeedMs / 1000 - 400 * 86400;
        addRecord(kOkta, stranger, email);
    }

    const OrgData &m_org;
    Prng m_rng;
    int m_firstDirectoryRecords;
    ScimData m_data;
};

} // namespace

ScimData seedScim(const OrgData &org, quint32 seed, int firstDirectoryRecords)
{
    return Seeder(org, seed, firstDirectoryRecords).run();
}

} // namespace sandbox
