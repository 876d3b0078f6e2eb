#pragma once

#include <QStringList>

// Whether `action` is one of the verbs of `users` that change people (or `resume`).
bool isUsersAction(const QString &action);

// orgdesk-cli users suspend|restore|remove|deactivate|enable|delete|cancel-delete
//     (--profile N | --org-id ID ...) (--emails A,B | --ids A,B | --from-file F)
//     [--reason TEXT] [--yes] [--format table|json] [--directory ID] [--journal-dir D]
// orgdesk-cli users resume (--profile N | --org-id ID ...) [--yes] [--journal-dir D]
int runUsersAction(const QStringList &arguments);
