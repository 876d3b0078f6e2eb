#pragma once

class ApiClient;
class QString;

// For a test that checks something was NOT sent, or did NOT land: sends a read of the
// organization through `client` now and waits until it is answered and the client has nothing
// else queued or in flight. Every call made through the client before has then been answered
// and its callbacks have run, so "not yet" cannot pass for "never". The server receives that
// read too. False when the wait ran out.
bool settle(ApiClient *client, const QString &orgId, int timeoutMs = 20000);
