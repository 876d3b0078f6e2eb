#include "ApiCallLog.h"

ApiCallLog::ApiCallLog(QObject *parent) : QObject(parent) {}

void ApiCallLog::setSecret(const QString &secret)
{
    m_secret = secret;
}

QString ApiCallLog::redact(const QString &text) const
{
    if (m_secret.isEmpty())
        return text;
    QString redacted = text;
    return redacted.replace(m_secret, QStringLiteral("<redacted>"));
}

void ApiCallLog::record(ApiCallRecord record)
{
    record.url = redact(record.url);
    record.requestBody = redact(QString::fromUtf8(record.requestBody)).toUtf8();
    record.outcome = redact(record.outcome);
    if (m_records.size() >= maxRecords)
        m_records.removeFirst();
    m_records.append(record);
    Q_EMIT recorded(m_records.constLast());
}

void ApiCallLog::clear()
{
    m_records.clear();
}
