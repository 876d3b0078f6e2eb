#pragma once

#include "AccessSeeder.h"
#include "OrgData.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <unordered_map>

namespace sandbox {

// Makes one seeded person at a time: name, e-mail, job, place, status, dates, then access.
// The first few indices are a fixed cast (see SeedPersonas.cpp) whatever the seed, so tests
// can name a person; the rest are drawn at random from the seed.
class PersonSeeder
{
public:
    PersonSeeder(const OrgData &org, quint32 seed);

    // Call in index order: e-mail addresses are made unique against earlier people.
    SeedUser make(quint32 index);

private:
    SeedUser makePersona(quint32 index);
    SeedUser makeRandom(quint32 index);
    void pickStatusAndDirectory(SeedUser &user, Prng &rng) const;
    void pickJob(SeedUser &user, Prng &rng) const;
    void pickDates(SeedUser &user, Prng &rng) const;
    // A name from the tables with its derived forms, computed once per distinct name.
    struct NamePart
    {
        QString text;           // "Văn An"
        QString lastWord;       // "An"
        QString folded;         // "vanan"
        QString foldedLastWord; // "an"
    };
    const NamePart &namePart(const char16_t *name);
    void setIdentity(SeedUser &user, const NamePart &given, const NamePart &family,
                     bool familyFirst, const QString &domain, bool initialStyle);
    QString uniqueEmail(const QString &localPart, const QString &domain);

    const OrgData &m_org;
    quint32 m_seed;
    AccessSeeder m_access;
    QHash<QString, int> m_emailCount; // people seeded so far per plain "local@domain"
    std::unordered_map<const char16_t *, NamePart> m_nameParts; // stable references
    QList<int> m_cultureWeights;                                // cumulative
    QList<int> m_departmentWeights;                             // cumulative
};

} // namespace sandbox
