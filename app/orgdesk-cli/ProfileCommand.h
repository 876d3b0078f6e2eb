#pragma once

#include "CliConnection.h"

#include <QStringList>

#include <optional>

// `orgdesk-cli profile add|list|test|remove ...`: `arguments` is the program name, the action
// and its options. Returns the exit code. Profiles are the window's: the same settings file and
// the same keychain entries.
int runProfileCommand(const QStringList &arguments);

// For every other command's --profile NAME: the profile's org id and base URL, and its key from
// the system keychain. On a problem returns std::nullopt with `problem` saying why in one line.
std::optional<CliConnection> connectionForProfile(const QString &name, QString *problem);

// The profile's org id alone (no key, no keychain): for commands that read only local data.
std::optional<QString> orgIdForProfile(const QString &name, QString *problem);
