#pragma once

struct CliConnection;

// Debug builds only (the tests'): ORGDESK_TEST_HOOK=fatal|crash|environment makes the CLI fail
// on purpose, or show a child process's view, once it holds its key, so that a test can check
// that none of it prints the key. Does nothing otherwise.
void runTestHook(const CliConnection &connection);
