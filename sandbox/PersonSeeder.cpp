#include "PersonSeeder.h"

#include "Ids.h"
#include "OrgSeeder.h"
#include "SeedNames.h"
#include "SeedPersonas.h"
#include "TextFold.h"
#include "Timestamps.h"

#include <algorithm>

namespace sandbox {
namespace {

constexpr quint64 kPersonaStream = 0xac3e;

QList<int> cumulative(auto items)
{
    QList<int> sums;
    int total = 0;
    for (const auto &item : items) {
        total += item.weight;
        sums.append(total);
    }
    return sums;
}

int pickWeighted(const QList<int> &sums, Prng &rng)
{
    const int roll = int(rng.below(quint32(sums.last())));
    return int(std::upper_bound(sums.begin(), sums.end(), roll) - sums.begin());
}

QString lastWord(const QString &text)
{
    const int space = text.lastIndexOf(u' ');
    return space < 0 ? text : text.mid(space + 1);
}

} // namespace

PersonSeeder::PersonSeeder(const OrgData &org, quint32 seed)
    : m_org(org), m_seed(seed), m_access(org), m_cultureWeights(cumulative(cultures())),
      m_departmentWeights(cumulative(departments()))
{}

SeedUser PersonSeeder::make(quint32 index)
{
    SeedUser user = index < personas().size() ? makePersona(index) : makeRandom(index);
    Prng idRng(Prng::derive(m_seed, index, 2));
    user.accountId = accountIdFrom(idRng, index, quint32(Prng::mix(m_seed)));
    return user;
}

SeedUser PersonSeeder::makePersona(quint32 index)
{
    const Persona &p = personas()[index];
    // Seed-independent stream: the cast looks the same in every org.
    Prng rng(Prng::derive(kPersonaStream, index, 1));
    SeedUser user;
    user.status = p.status;
    user.directory = qint8(p.directory);
    user.managed = qstrcmp(p.domain, "freelance-mail.net") != 0;
    user.managementSource = !user.managed || p.directory < 0 ? ManagementSource::Unknown
                            : p.directory == OktaDirectory   ? ManagementSource::Synced
                                                             : ManagementSource::Invited;
    user.culture = p.culture;
    user.place = p.place;
    user.department = p.department;
    user.jobTitle = p.jobTitle;
    user.contractorTitle = p.directory == ContractorsDirectory;
    user.organization = p.directory == OktaDirectory          ? 1
                        : p.directory == ContractorsDirectory ? 4
                                                              : 0;
    user.mfaEnabled = p.mfaEnabled;
    user.emailVerified = true;
    user.addedToOrg = kSeedReferenceEpoch - p.addedDaysAgo * kSecondsPerDay + 34567;
    if (p.deactivatedDaysAgo > 0)
        user.deactivatedOn = kSeedReferenceEpoch - p.deactivatedDaysAgo * kSecondsPerDay + 4321;
    const NamePart &given = namePart(p.givenName);
    setIdentity(user, given, namePart(p.familyName), p.familyNameFirst, QLatin1String(p.domain),
                false);
    user.nickname = given.lastWord;

    AccessSeeder::Overrides overrides;
    overrides.platformRoles = p.platformRoles;
    overrides.lastActiveDaysAgo =
        p.lastActiveDaysAgo < 0 ? AccessSeeder::Overrides::kNever : p.lastActiveDaysAgo;
    m_access.seed(user, rng, overrides);
    return user;
}

SeedUser PersonSeeder::makeRandom(quint32 index)
{
    Prng rng(Prng::derive(m_seed, index, 1));
    SeedUser user;
    pickStatusAndDirectory(user, rng);
    pickJob(user, rng);

    const int nameCulture = pickWeighted(m_cultureWeights, rng);
    const Culture &culture = cultures()[nameCulture];
    const NamePart &given = namePart(rng.pick(culture.givenNames));
    // Some families mix cultures, which also keeps duplicate full names rarer in big orgs.
    const Culture &familyCulture =
        rng.chance(0.2) ? cultures()[pickWeighted(m_cultureWeights, rng)] : culture;
    const NamePart &family = namePart(rng.pick(familyCulture.familyNames));
    user.culture = quint8(rng.chance(0.8) ? nameCulture : rng.below(quint32(cultures().size())));
    user.place = quint8(rng.below(quint32(cultures()[user.culture].places.size())));

    QString domain;
    if (user.directory == OktaDirectory)
        domain = QStringLiteral("acmelabs.io");
    else if (user.directory == MainDirectory)
        domain = QStringLiteral("acme-robotics.com");
    else if (user.directory == ContractorsDirectory)
        domain = QLatin1String(rng.chance(0.75) ? "freelance-mail.net" : "acme-robotics.com");
    else
        domain = QLatin1String(rng.chance(0.7) ? "acme-robotics.com" : "freelance-mail.net");
    user.managed = domain != QLatin1String("freelance-mail.net");
    if (!user.managed &&
        (user.status == UserStatus::Deactivated || user.status == UserStatus::ForDeletion)) {
        user.status = UserStatus::Suspended; // only managed accounts can be deactivated
    }
    user.managementSource = !user.managed || user.directory < 0 ? ManagementSource::Unknown
                            : user.directory == OktaDirectory   ? ManagementSource::Synced
                                                                : ManagementSource::Invited;
    user.organization = user.directory == OktaDirectory          ? 1
                        : user.directory == ContractorsDirectory ? quint8(2 + rng.below(3))
                        : user.managed                           ? 0
                                                                 : 4;
    user.mfaEnabled = rng.chance(user.managed ? 0.76 : 0.5);
    user.emailVerified = rng.chance(user.status == UserStatus::NotInvited ? 0.8 : 0.97);

    setIdentity(user, given, family, culture.familyNameFirst, domain, rng.chance(0.15));
    const QString &shortGiven = culture.familyNameFirst ? given.lastWord : given.text;
    user.nickname = rng.chance(0.75) ? shortGiven : shortGiven + u' ' + family.text.at(0) + u'.';
    pickDates(user, rng);
    m_access.seed(user, rng);
    return user;
}

void PersonSeeder::pickStatusAndDirectory(SeedUser &user, Prng &rng) const
{
    const double u = rng.unit();
    user.status = u < 0.82   ? UserStatus::Active
                  : u < 0.90 ? UserStatus::Suspended
                  : u < 0.94 ? UserStatus::Deactivated
                  : u < 0.98 ? UserStatus::NotInvited
                             : UserStatus::ForDeletion;
    if (user.status == UserStatus::NotInvited) {
        user.directory = -1;
        return;
    }
    const double d = rng.unit();
    user.directory = qint8(d < 0.68   ? MainDirectory
                           : d < 0.82 ? ContractorsDirectory
                                      : OktaDirectory);
}

void PersonSeeder::pickJob(SeedUser &user, Prng &rng) const
{
    if (user.directory == ContractorsDirectory) {
        static const quint8 contractorDepartments[] = {0, 1, 5, 6}; // eng, R&D, product, marketing
        user.department = rng.pick(contractorDepartments);
        user.contractorTitle = true;
    } else {
        user.department = quint8(pickWeighted(m_departmentWeights, rng));
    }
    user.jobTitle = quint8(rng.below(quint32(departments()[user.department].jobTitles.size())));
}

void PersonSeeder::pickDates(SeedUser &user, Prng &rng) const
{
    // More people joined recently: the company grew over five years.
    const double grown = 1.0 - std::sqrt(rng.unit());
    const qint64 addedDaysAgo = 1 + qint64(grown * 1824);
    user.addedToOrg =
        kSeedReferenceEpoch - addedDaysAgo * kSecondsPerDay - rng.range(0, kSecondsPerDay - 1);
    if (user.status == UserStatus::ForDeletion) {
        const qint64 daysAgo = qMin<qint64>(rng.range(0, 13), addedDaysAgo - 1);
        user.deactivatedOn = kSeedReferenceEpoch - daysAgo * kSecondsPerDay - rng.range(60, 80000);
    } else if (user.status == UserStatus::Deactivated) {
        const qint64 daysAgo = rng.range(1, qMax<qint64>(1, qMin<qint64>(540, addedDaysAgo - 1)));
        user.deactivatedOn = kSeedReferenceEpoch - daysAgo * kSecondsPerDay - rng.range(60, 80000);
    }
    if (user.deactivatedOn && user.deactivatedOn <= user.addedToOrg)
        user.deactivatedOn = user.addedToOrg + 3600;
}

const PersonSeeder::NamePart &PersonSeeder::namePart(const char16_t *name)
{
    auto [it, inserted] = m_nameParts.try_emplace(name);
    if (inserted) {
        NamePart &part = it->second;
        part.text = QString::fromUtf16(name);
        part.lastWord = lastWord(part.text);
        part.folded = asciiFold(part.text);
        part.foldedLastWord = asciiFold(part.lastWord);
    }
    return it->second;
}

void PersonSeeder::setIdentity(SeedUser &user, const NamePart &given, const NamePart &family,
                               bool familyFirst, const QString &domain, bool initialStyle)
{
    user.name = familyFirst ? family.text + u' ' + given.text : given.text + u' ' + family.text;
    const QString &emailGiven = familyFirst ? given.foldedLastWord : given.folded;
    const QString &emailFamily = family.folded;
    const QString local =
        initialStyle ? emailGiven.left(1) + emailFamily : emailGiven + u'.' + emailFamily;
    user.email = uniqueEmail(local, domain);
}

QString PersonSeeder::uniqueEmail(const QString &localPart, const QString &domain)
{
    // Local parts made from names never end in a digit, so "name2@" cannot clash with a
    // plain "name@" of someone else: counting per plain address is enough.
    QString email = localPart + u'@' + domain;
    const int earlier = m_emailCount[email]++;
    if (earlier > 0)
        email = localPart + QString::number(earlier + 1) + u'@' + domain;
    return email;
}

} // namespace sandbox
