#pragma once

#include <QList>
#include <QString>

namespace sandbox {

// A domain the organization has claimed, or tried to (CATALOG §1.5 DomainModel).
struct SeedDomain
{
    QString id;          // uuid, the same in every seeded org
    QString name;        // "acme-robotics.com"
    QString claimType;   // http, dns
    QString claimStatus; // verified, unverified, missing_token, superseded, deleted
};

// The demo org's domains, one in every claim status. The verified ones are exactly the e-mail
// domains of the seeded managed accounts (acme-robotics.com, acmelabs.io: the "claimed domains"
// User management accepts an e-mail change to); freelance-mail.net, the contractors' public
// mail, is not the org's. The others have no people.
QList<SeedDomain> seedDomains();

} // namespace sandbox
