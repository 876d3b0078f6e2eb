// The policy state's own rules: CIDR and realm checks, settling writes over time, JSON shapes.
#include "PolicyControls.h"
#include "PolicyData.h"

#include <QHostAddress>
#include <QJsonArray>

namespace sandbox {

QString PolicyState::newId()
{
    const quint64 n = nextId++;
    return QStringLiteral("0b1d5e7a-%1-4%2-8%3-%4")
        .arg(n >> 48 & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(n >> 36 & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(n >> 24 & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(n & 0xffffff, 12, 16, QLatin1Char('0'));
}

int PolicyState::indexOf(const QString &policyId) const
{
    for (int i = 0; i < policies.size(); ++i) {
        if (policies.at(i).id == policyId)
            return i;
    }
    return -1;
}

void PolicyState::settle(qint64 nowMs, const PolicyControls &controls)
{
    for (SeedPolicy &policy : policies) {
        for (int r = int(policy.resources.size()) - 1; r >= 0; --r) {
            PolicyResource &resource = policy.resources[r];
            if (resource.settlesAtMs > nowMs)
                continue;
            if (resource.applicationStatus == QLatin1String("applying"))
                resource.applicationStatus = controls.fails(resource.id)
                                                 ? QStringLiteral("failed")
                                                 : QStringLiteral("applied");
            else if (resource.applicationStatus == QLatin1String("removing"))
                policy.resources.removeAt(r);
        }
    }
    policies.removeIf(
        [](const SeedPolicy &policy) { return policy.deleting && policy.resources.isEmpty(); });
}

QString cidrProblem(const QString &entry)
{
    const qsizetype slash = entry.indexOf(u'/');
    if (slash < 0)
        return QStringLiteral("\"%1\" has no prefix length (as in 10.0.0.0/8)").arg(entry);
    QHostAddress address;
    if (!address.setAddress(entry.left(slash)))
        return QStringLiteral("\"%1\" does not start with an IP address").arg(entry);
    bool isNumber = false;
    const int prefix = entry.mid(slash + 1).toInt(&isNumber);
    const int maxPrefix = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    if (!isNumber || prefix < 0 || prefix > maxPrefix)
        return QStringLiteral("\"%1\" has a prefix length outside 0-%2").arg(entry).arg(maxPrefix);
    return {};
}

const QStringList &dataResidencyRealms()
{
    static const QStringList realms = {
        QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("de"),    QStringLiteral("au"),
        QStringLiteral("ca"), QStringLiteral("jp"), QStringLiteral("in"),    QStringLiteral("sg"),
        QStringLiteral("kr"), QStringLiteral("uk"), QStringLiteral("global")};
    return realms;
}

QJsonObject resourceJson(const PolicyResource &resource)
{
    QJsonObject json{{QStringLiteral("id"), resource.id},
                     {QStringLiteral("applicationStatus"), resource.applicationStatus}};
    if (!resource.meta.isEmpty())
        json.insert(QStringLiteral("meta"), resource.meta);
    if (!resource.links.isEmpty())
        json.insert(QStringLiteral("links"), resource.links);
    return json;
}

namespace {

QJsonObject attributes(const SeedPolicy &policy)
{
    QJsonArray resources;
    for (const PolicyResource &resource : policy.resources)
        resources.append(resourceJson(resource));
    return {{QStringLiteral("type"), policy.type},
            {QStringLiteral("name"), policy.name},
            {QStringLiteral("status"), policy.status},
            {QStringLiteral("rule"),
             QJsonObject{{QStringLiteral("in"), QJsonArray::fromStringList(policy.rule)}}},
            {QStringLiteral("resources"), resources}};
}

} // namespace

QJsonObject policyJson(const SeedPolicy &policy)
{
    return {{QStringLiteral("id"), policy.id},
            {QStringLiteral("type"), QStringLiteral("policy")},
            {QStringLiteral("attributes"), attributes(policy)}};
}

QJsonObject policyJsonV2(const SeedPolicy &policy)
{
    QJsonObject attrs = attributes(policy);
    if (policy.type == QLatin1String("ip-allowlist")) {
        QJsonObject rule = attrs.value(QStringLiteral("rule")).toObject();
        rule.insert(QStringLiteral("allowMobileBypass"), policy.allowMobileBypass);
        attrs.insert(QStringLiteral("rule"), rule);
    }
    return {{QStringLiteral("id"), policy.id},
            {QStringLiteral("type"), QStringLiteral("policy")},
            {QStringLiteral("attributes"), attrs}};
}

} // namespace sandbox
