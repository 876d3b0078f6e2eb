#pragma once

// Registers every bulk operation (people, groups, keys and tokens) with BulkOperationRegistry,
// so that jobs can run them and journaled jobs can be resumed. Called once where a program is
// put together: the window's and the CLI's main, and the tests' start-up.
void registerBulkOperations();
