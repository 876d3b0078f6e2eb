#include "WorkspaceSeeder.h"

#include "Ids.h"
#include "Prng.h"
#include "Timestamps.h"

#include <QUrl>

namespace sandbox {
namespace {

QString familyOf(const QString &typeKey)
{
    return typeKey.startsWith(QLatin1String("jira")) ? QStringLiteral("jira") : typeKey;
}

QString siteName(const QString &url)
{
    const QString host = QUrl(url).host();
    return host.section(u'.', 0, 0);
}

} // namespace

void seedWorkspaces(OrgData &org, quint32 seed)
{
    Prng rng(Prng::derive(seed, 0, 0x77736b)); // "wsk"
    auto created = [&rng] { return kSeedReferenceEpoch - rng.range(200, 2500) * 86400; };
    for (const ProductSite &site : std::as_const(org.products)) {
        Workspace w;
        w.ari = site.ari;
        w.typeKey = site.key;
        w.type = familyOf(site.key);
        w.hostUrl = site.url;
        if (site.product == Bitbucket || site.product == Trello)
            w.name = QUrl(site.url).path().section(u'/', -1);
        else if (site.product == Loom)
            w.name = org.orgName; // a Loom workspace has the company's name, not its host's
        else
            w.name = siteName(site.url);
        w.createdAt = created();
        w.product = site.product;
        org.workspaces.append(w);
    }
    auto add = [&](const char *typeKey, QString ari, const char *name, QString url) -> Workspace & {
        Workspace w;
        w.ari = std::move(ari);
        w.typeKey = QLatin1String(typeKey);
        w.type = familyOf(w.typeKey);
        w.name = QLatin1String(name);
        w.hostUrl = std::move(url);
        w.createdAt = created();
        org.workspaces.append(w);
        return org.workspaces.last();
    };
    const QString labsCloud = uuidFrom(rng);
    add("jira-software", QStringLiteral("ari:cloud:jira-software::site/") + labsCloud, "acme-labs",
        QStringLiteral("https://acme-labs.atlassian.net"))
        .capacity = 3;
    add("confluence", QStringLiteral("ari:cloud:confluence::site/") + uuidFrom(rng), "acme-archive",
        QStringLiteral("https://acme-archive.atlassian.net/wiki"))
        .status = QStringLiteral("offline");
    add("jira-software", QStringLiteral("ari:cloud:jira-software::site/") + uuidFrom(rng),
        "acme-robotics-sandbox", QStringLiteral("https://acme-robotics-sandbox.atlassian.net"))
        .sandboxChild = true;
    add("bitbucket", QStringLiteral("ari:cloud:bitbucket::workspace/") + uuidFrom(rng),
        "acme-firmware", QStringLiteral("https://bitbucket.org/acme-firmware"))
        .capacity = 50;
    // Nearly full, for trying the licence limit with an invitation: 5 seats, 2 of them taken by
    // the Acme Labs personas Priya Sharma and Wojciech Kowalski (SeedPersonas.h).
    Workspace &partners =
        add("confluence", QStringLiteral("ari:cloud:confluence::site/") + uuidFrom(rng),
            "acme-partners", QStringLiteral("https://acme-partners.atlassian.net/wiki"));
    partners.capacity = 5;
    partners.seatHolders = {4, 9};
}

} // namespace sandbox
