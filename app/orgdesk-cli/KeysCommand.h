#pragma once

#include <QStringList>

// `orgdesk-cli keys list|revoke [options]`: the organization's admin API keys.
int runKeysCommand(const QStringList &arguments);
