#include "CliExit.h"

#include "ApiError.h"

#include <cstdio>

int exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return ExitCode::Success;
    case ApiError::Kind::Unauthorized:
        return ExitCode::KeyRejected;
    case ApiError::Kind::NotFound:
        return ExitCode::NotFound;
    case ApiError::Kind::RateLimited:
        return ExitCode::RateLimited;
    default:
        return ExitCode::Failure;
    }
}

void printErrorLine(const QString &message)
{
    QString line = message.simplified(); // one line, whatever the message holds
    line.prepend(QStringLiteral("orgdesk-cli: "));
    line.append(QLatin1Char('\n'));
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

int usageError(const QString &message)
{
    printErrorLine(message);
    return ExitCode::BadUsage;
}

void printToStdout(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}
