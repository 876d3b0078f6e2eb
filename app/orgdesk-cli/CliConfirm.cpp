#include "CliConfirm.h"

#include <QFile>

#include <cstdio>
#include <unistd.h>

ConfirmAnswer confirmOnTerminal(const QString &question, const QString &expected)
{
    if (isatty(STDIN_FILENO) != 1)
        return ConfirmAnswer::NoTerminal;
    const QString prompt =
        question + QStringLiteral("\nThis cannot be undone. Type %1 to confirm: ").arg(expected);
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return ConfirmAnswer::Declined;
    const QString answer = QString::fromLocal8Bit(input.readLine()).trimmed();
    return answer.compare(expected, Qt::CaseInsensitive) == 0 ? ConfirmAnswer::Confirmed
                                                              : ConfirmAnswer::Declined;
}
