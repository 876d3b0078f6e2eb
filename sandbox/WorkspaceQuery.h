#pragma once

#include "OrgData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace sandbox {

// The body of POST /v2/orgs/{orgId}/workspaces minus the cursor (CATALOG §1.8): the query tree,
// the sort and the page size, checked once and then matched against workspaces.
struct WorkspaceQuery
{
    QJsonValue query; // the validated query tree (null: every workspace)
    QJsonArray sort;  // validated [{field, order}]
    int limit = 20;

    // Reads a body without a cursor. Nothing, with `error` set, when it breaks the rules.
    static std::optional<WorkspaceQuery> fromBody(const QJsonObject &body, QString *error);

    bool matches(const Workspace &workspace) const;
    // Workspace indices that match, in the requested order (by name by default).
    QList<int> run(const QList<Workspace> &workspaces) const;
    quint64 hash() const;
};

} // namespace sandbox
