#pragma once

#include "PeopleList.h"

#include <QStringList>

#include <optional>

class QCommandLineParser;

// Whether `action` is one of the verbs of `users` that change people (or `resume`).
bool isUsersAction(const QString &action);

// orgdesk-cli users suspend|restore|remove|deactivate|enable|delete|cancel-delete
//     (--profile N | --org-id ID ...) (--emails A,B | --ids A,B | --from-file F)
//     [--reason TEXT] [--yes] [--format table|json] [--directory ID] [--journal-dir D]
// orgdesk-cli users resume (--profile N | --org-id ID ...) [--yes] [--journal-dir D]
int runUsersAction(const QStringList &arguments);

// The people options every verb on people shares: --emails, --ids, --from-file.
void addPeopleOptions(QCommandLineParser &parser);
// The people of --emails, --ids and --from-file, together; nothing with the problem in words.
std::optional<PeopleList> peopleFromOptions(const QCommandLineParser &parser, QString *problem);
