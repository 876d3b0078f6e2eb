#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// An orgdesk-sandbox process for a benchmark: its own CPU time and memory are not the client's.
// Started with the given options; ready once it has printed where it listens.
class SandboxProcess
{
public:
    SandboxProcess() { m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel); }
    ~SandboxProcess();

    // Waits until the sandbox has seeded and listens (up to ten minutes); false when it did not.
    bool start(const QString &program, const QStringList &options);

    QUrl baseUrl() const { return m_baseUrl; }
    QString orgId() const { return m_orgId; }
    QString apiKey() const { return m_apiKey; }
    qint64 pid() const { return m_process.processId(); }
    // Everything it printed when ready (its SCIM directories and keys, too).
    const QJsonObject &ready() const { return m_ready; }

private:
    QProcess m_process;
    QJsonObject m_ready;
    QUrl m_baseUrl;
    QString m_orgId;
    QString m_apiKey;
};
