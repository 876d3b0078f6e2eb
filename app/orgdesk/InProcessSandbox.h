#pragma once

#include "LocalSandbox.h"

// Starts the sandbox server in this process (on its own thread), seeded with seed 1.
std::unique_ptr<LocalSandbox> startInProcessSandbox(int people);
