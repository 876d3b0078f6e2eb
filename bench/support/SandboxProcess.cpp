#include "SandboxProcess.h"

#include <QJsonDocument>

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    m_process.waitForFinished();
}

bool SandboxProcess::start(const QString &program, const QStringList &options)
{
    m_process.start(program, options);
    if (!m_process.waitForStarted() || !m_process.waitForReadyRead(600000))
        return false;
    m_ready = QJsonDocument::fromJson(m_process.readLine()).object();
    m_baseUrl = QUrl(m_ready.value(QLatin1String("baseUrl")).toString());
    m_orgId = m_ready.value(QLatin1String("orgId")).toString();
    m_apiKey = m_ready.value(QLatin1String("apiKey")).toString();
    return m_baseUrl.isValid() && !m_orgId.isEmpty();
}
