#pragma once

#include "OrgData.h"
#include "ScimData.h"

namespace sandbox {

// The SCIM side of a seeded org. Two identity-provider directories push people: "Acme Labs
// (Okta)" into the Okta org directory (a record for each of its accounts, and its synced
// groups), and "Acme Robotics (Microsoft Entra ID)" into the main one. Each has its own key,
// derived from the seed. The broken cases the repair routes are for (CATALOG §9.2) are seeded
// too, with the cast of SeedPersonas.h where they need a person:
//  - an orphaned record: jordan.ellis@acmelabs.io (Okta) links to an account that is gone;
//  - one person in two directories: Wojciech Kowalski has a record in both;
//  - an e-mail conflict: Priya Sharma's account is linked to her old Okta record
//    (priya.sharma.2019@acmelabs.io), so pushing priya.sharma@acmelabs.io answers 409;
//  - an unlinked record: sam.okafor@acmelabs.io (Okta), with no account;
//  - a record whose e-mail differs from its account's: the first other active Okta account
//    (its record says "jsmith@..." where the account says "john.smith@...").
// With `firstDirectoryRecords` above what that seeds, the Okta directory is filled up to that
// many records with the org's other people (managed, in an org directory, invited, not closed),
// in the org's order, each linked to its account with the account's address: a large directory
// for benchmarks, its records seeded after everything above so that the rest stays the same.
ScimData seedScim(const OrgData &org, quint32 seed, int firstDirectoryRecords = 0);

} // namespace sandbox
