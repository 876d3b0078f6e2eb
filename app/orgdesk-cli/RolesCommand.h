#pragma once

#include <QStringList>

// `orgdesk-cli roles list --account ID [options]`: one person's roles, a line per role on each
// resource, with how it was granted.
int runRolesCommand(const QStringList &arguments);
