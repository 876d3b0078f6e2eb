#include "Domain.h"

#include <QJsonArray>

namespace {

struct StatusName
{
    Domain::Status status;
    const char *key;
};

constexpr StatusName statusNames[] = {
    {Domain::Status::Verified, "verified"},
    {Domain::Status::Unverified, "unverified"},
    {Domain::Status::MissingToken, "missing_token"},
    {Domain::Status::Superseded, "superseded"},
    {Domain::Status::Deleted, "deleted"},
};

} // namespace

QString Domain::statusKey(Status status)
{
    for (const StatusName &name : statusNames) {
        if (name.status == status)
            return QLatin1String(name.key);
    }
    return QString();
}

Domain::Status Domain::statusFromKey(const QString &key)
{
    for (const StatusName &name : statusNames) {
        if (key.compare(QLatin1String(name.key), Qt::CaseInsensitive) == 0)
            return name.status;
    }
    return Status::Unknown;
}

std::optional<Domain> Domain::fromJson(const QJsonObject &object)
{
    Domain domain;
    domain.id = object.value(QLatin1String("id")).toString();
    const QJsonObject attributes = object.value(QLatin1String("attributes")).toObject();
    domain.name = attributes.value(QLatin1String("name")).toString();
    if (domain.id.isEmpty() || domain.name.isEmpty())
        return std::nullopt;
    const QJsonObject claim = attributes.value(QLatin1String("claim")).toObject();
    domain.claimTypeText = claim.value(QLatin1String("type")).toString();
    domain.statusText = claim.value(QLatin1String("status")).toString();
    if (domain.claimTypeText.compare(QLatin1String("dns"), Qt::CaseInsensitive) == 0)
        domain.claimType = ClaimType::Dns;
    else if (domain.claimTypeText.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        domain.claimType = ClaimType::Http;
    domain.status = statusFromKey(domain.statusText);
    return domain;
}

QList<Domain> Domain::listFromJson(const QJsonArray &array)
{
    QList<Domain> domains;
    for (const QJsonValue &value : array) {
        if (std::optional<Domain> domain = fromJson(value.toObject()))
            domains.append(*domain);
    }
    return domains;
}
