#pragma once

#include <QStringList>

// orgdesk-cli groups list [--search TEXT] [--directory ID] [--format csv|json|table]
// orgdesk-cli groups members --group NAME|ID [--directory ID] [--format csv|json|table]
// orgdesk-cli groups add-members|remove-members --group NAME|ID
//     (--emails A,B | --ids A,B | --from-file F) [--reason TEXT] [--yes] [--format table|json]
// each with the connection options (--profile N | --org-id ID ...).
int runGroupsCommand(const QStringList &arguments);
