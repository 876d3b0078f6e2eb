#pragma once

#include <QStringList>

class QCommandLineParser;

// `orgdesk-cli scim users list|get|deactivate|activate|delete` and `scim groups list|members`:
// a SCIM directory's records with its own key. `action` is the verb after users/groups.
int runScimUsers(const QCommandLineParser &parser, const QString &action);
int runScimGroups(const QCommandLineParser &parser, const QString &action);

// The options these verbs add to the scim parser.
void addScimRecordOptions(QCommandLineParser &parser);
