#include "CliProcess.h"

#include <QProcess>

namespace {

QStringList lines(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

QStringList CliResult::outLines() const
{
    return lines(out);
}

QStringList CliResult::errLines() const
{
    return lines(err);
}

QProcessEnvironment cliEnvironment(const QString &apiKey)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ORGDESK_API_KEY"), apiKey);
    environment.insert(QStringLiteral("ORGDESK_RETRY_SCALE"), QStringLiteral("0.01"));
    return environment;
}

CliResult runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                 const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ORGDESK_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    // The sandbox answers on its own thread, so blocking here is fine.
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    const QByteArray key = environment.value(QStringLiteral("ORGDESK_API_KEY")).toUtf8();
    if (!key.isEmpty() && (result.out.contains(key) || result.err.contains(key))) {
        qWarning("orgdesk-cli printed the API key");
        result.exitCode = -2;
    }
    return result;
}
