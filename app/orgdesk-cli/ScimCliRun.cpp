#include "ScimCliRun.h"

#include "CliConfirm.h"

namespace ScimCliRun {

bool confirm(const QString &question, const QString &expected, bool assumeYes, int *exitCode)
{
    if (assumeYes)
        return true;
    switch (confirmOnTerminal(question, expected)) {
    case ConfirmAnswer::Confirmed:
        return true;
    case ConfirmAnswer::Declined:
        printErrorLine(QStringLiteral("nothing changed."));
        *exitCode = ExitCode::Failure;
        return false;
    case ConfirmAnswer::NoTerminal:
        printErrorLine(QStringLiteral("refusing to act without asking: standard input is not a "
                                      "terminal. Pass --yes to act without asking."));
        *exitCode = ExitCode::BadUsage;
        return false;
    }
    return false;
}

} // namespace ScimCliRun
