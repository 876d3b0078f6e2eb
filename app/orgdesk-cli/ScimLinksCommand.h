#pragma once

class QCommandLineParser;

// `orgdesk-cli scim links|unlink|delete-records`: the link-repair routes, with the
// organization's key.
int runScimLinks(const QCommandLineParser &parser);
int runScimUnlink(const QCommandLineParser &parser);
int runScimDeleteRecords(const QCommandLineParser &parser);

void addScimLinkOptions(QCommandLineParser &parser);
