#include "ClassificationSeeder.h"

#include "OrgStore.h"
#include "UserWriteState.h"

#include <QStringList>

namespace sandbox {

QStringList classificationPalette()
{
    return {QStringLiteral("RED"),    QStringLiteral("RED_BOLD"), QStringLiteral("ORANGE"),
            QStringLiteral("YELLOW"), QStringLiteral("GREEN"),    QStringLiteral("LIME"),
            QStringLiteral("BLUE"),   QStringLiteral("NAVY"),     QStringLiteral("TEAL"),
            QStringLiteral("PURPLE"), QStringLiteral("GREY")};
}

QList<SeedLevel> seedClassificationLevels(const OrgStore &store)
{
    const QList<SeedUser> &users = store.data().users;
    const LevelPerson admin =
        users.isEmpty() ? LevelPerson{QStringLiteral("Sandbox admin"),
                                      QStringLiteral("712020:00000000-0000-4000-8000-5a9db0c5a11d")}
                        : LevelPerson{users.first().name, users.first().accountId};
    const qint64 now = sandboxNow(store.data());
    auto level = [&](const char *id, const char *name, const char *color, const char *status,
                     const char *definition, const char *guideline, int daysAgo) {
        const qint64 when = now - qint64(daysAgo) * 86400;
        return SeedLevel{QLatin1String(id),
                         QLatin1String(name),
                         QString::fromUtf8(definition),
                         QString::fromUtf8(guideline),
                         QLatin1String(color),
                         QLatin1String(status),
                         admin,
                         admin,
                         when,
                         when};
    };
    return {
        level("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01", "Restricted", "RED", "PUBLISHED",
              "Data whose exposure would cause severe harm to Acme Robotics or its customers: "
              "credentials, unreleased designs, personal data of customers.",
              "Share only with named people who need it. Never export or attach outside the "
              "organization.",
              210),
        level("1d2e3f4a-5b6c-4d7e-9f80-a1b2c3d4e502", "Confidential", "ORANGE", "PUBLISHED",
              "Data meant for a team or project: contracts, roadmaps, incident reports.",
              "Share inside the organization on a need-to-know basis; encrypt when sent outside.",
              210),
        level("2e3f4a5b-6c7d-4e8f-a091-b2c3d4e5f603", "Partner shared", "YELLOW", "DRAFT",
              "Data agreed to be shared with a named partner under a non-disclosure agreement.",
              "Share only with the partner's named contacts; record what was shared.", 3),
        level("3f4a5b6c-7d8e-4f90-b1a2-c3d4e5f60704", "Internal", "BLUE", "PUBLISHED",
              "Data for everyone at Acme Robotics: policies, the intranet, team pages.",
              "Do not share outside the organization.", 210),
        level("4a5b6c7d-8e9f-4a01-82b3-d4e5f6071805", "Public", "GREEN", "PUBLISHED",
              "Data approved for anyone to see: the website, press releases, published manuals.",
              "No restrictions.", 210),
        level("5b6c7d8e-9fa0-4b12-93c4-e5f607182906", "Top secret", "RED_BOLD", "ARCHIVED",
              "Replaced by Restricted.", "Use Restricted instead.", 400),
    };
}

} // namespace sandbox
