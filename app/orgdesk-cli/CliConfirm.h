#pragma once

#include <QString>

// Asking before something that cannot be undone. The question goes to stderr; the answer is read
// from standard input, which must be a terminal (a script says --yes instead).
enum class ConfirmAnswer { Confirmed, Declined, NoTerminal };

// Shows `question`, then asks for `expected` to be typed ("Type 3 to confirm: ").
ConfirmAnswer confirmOnTerminal(const QString &question, const QString &expected);
