#pragma once

#include <QList>
#include <QString>

namespace sandbox {

class OrgStore;

// Who created or last changed a classification level.
struct LevelPerson
{
    QString name;
    QString accountId;
};

// A data classification level (CATALOG §4, Level).
struct SeedLevel
{
    QString levelId; // uuid, the same in every seeded org
    QString name;
    QString definition;
    QString guideline;
    QString color;  // one of classificationPalette()
    QString status; // DRAFT, PUBLISHED, ARCHIVED
    LevelPerson createdBy, changedBy;
    qint64 createdOn = 0, changedOn = 0; // epoch seconds
};

// The colours a level may have, as the API names them.
QStringList classificationPalette();

// The demo org's levels, most sensitive first: Restricted (RED), Confidential (ORANGE),
// Partner shared (a draft, YELLOW), Internal (BLUE), Public (GREEN), all published but the
// draft; then Top secret (RED_BOLD), archived. Made by the org's first person, dated from now.
QList<SeedLevel> seedClassificationLevels(const OrgStore &store);

} // namespace sandbox
