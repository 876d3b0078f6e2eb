#pragma once

#include "OrgData.h"

namespace sandbox {

// The org's workspaces (OrgData::workspaces): one per seeded product site, in Product order,
// then a second Jira site with few seats, an offline Confluence, a sandbox copy of the Jira
// site and a second Bitbucket workspace. Needs OrgData::products; draws from its own stream, so
// the rest of the org does not change with it.
void seedWorkspaces(OrgData &org, quint32 seed);

// The workspaces seedWorkspaces() adds after the product sites, by position.
enum ExtraWorkspace : int {
    LabsJiraWorkspace = ProductCount, // capacity 3: the fourth person granted access gets 409
    ArchiveConfluenceWorkspace,       // offline
    SandboxJiraWorkspace,             // sandbox CHILD of the Jira site
    FirmwareBitbucketWorkspace,
    WorkspaceCount
};

} // namespace sandbox
