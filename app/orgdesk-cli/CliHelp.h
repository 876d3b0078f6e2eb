#pragma once

#include <QString>

// The text of `orgdesk-cli --help`.
QString cliHelpText();
