#pragma once

class QCommandLineParser;

// `orgdesk-cli scim check`: the link report (ScimLinkCheck) as csv, json or table; exit 6 when it
// finds problems.
int runScimCheck(const QCommandLineParser &parser);

void addScimCheckOptions(QCommandLineParser &parser);
