#pragma once

#include "RetryPolicy.h"

class ApiClient;
class QObject;
struct CliConnection;

// The retry policy of the CLI: the client's defaults, with every wait multiplied by
// ORGDESK_RETRY_SCALE when that is set to a number between 0 and 1. Tests use it to reach
// "rate limited after every retry" in a second instead of minutes; it can only shorten waits.
RetryPolicy cliRetryPolicy();

// An ApiClient for the connection, with the CLI's retry policy.
ApiClient *makeCliClient(const CliConnection &connection, QObject *parent);
