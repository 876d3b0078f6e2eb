#pragma once

#include <QStringList>

// `orgdesk-cli tokens list|revoke [options]`: the API tokens of the org's managed accounts.
int runTokensCommand(const QStringList &arguments);
