#pragma once

#include <QStringList>

// `orgdesk-cli policies list [--type T] [--format F]`: the organization's policies.
int runPoliciesCommand(const QStringList &arguments);
