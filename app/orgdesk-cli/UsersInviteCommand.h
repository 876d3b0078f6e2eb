#pragma once

#include <QStringList>

// orgdesk-cli users invite (--profile N | --org-id ID ...) (--emails A,B | --from-file F)
//     --grant WORKSPACE=ROLE [--grant ...] [--group NAME]... [--notify [--message TEXT]]
//     [--yes] [--format table|json] [--journal-dir D]
// See UsersInviteRun.
int runUsersInvite(const QStringList &arguments);
