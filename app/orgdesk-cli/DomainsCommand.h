#pragma once

#include <QStringList>

// `orgdesk-cli domains list [options]`: the organization's domains and their claims.
int runDomainsCommand(const QStringList &arguments);
