#pragma once

#include <QString>

class ApiError;

// The CLI's exit codes: scripts branch on these, so they never change meaning.
namespace ExitCode {
enum : int {
    Success = 0,
    Failure = 1,     // anything not listed below: network, server, bad answer...
    BadUsage = 2,    // unknown option, bad value, missing org id or key
    KeyRejected = 3, // 401: the key is wrong, revoked or expired
    NotFound = 4,    // 404: the organization or directory does not exist for this key
    RateLimited = 5, // 429 that outlasted the client's waits
    SomeFailed = 6,  // a bulk action (revoke) where some items failed; each is reported; or a
                     // check (scim check) that found problems
};
}

// The exit code for a failed API call.
int exitCodeFor(const ApiError &error);

// Writes `message` to stderr as exactly one line, prefixed with the program name.
void printErrorLine(const QString &message);
// printErrorLine, then ExitCode::BadUsage.
int usageError(const QString &message);

void printToStdout(const QString &text);
