#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

// One line of the API activity: what was called and how it went. Never holds the key.
struct ApiCallRecord
{
    QDateTime startedAt;
    QByteArray verb;
    QString url; // full URL, with any key text redacted
    QByteArray requestBody;
    int httpStatus = 0;
    qint64 durationMs = 0;
    int attempt = 1;
    QString outcome; // empty on success, else the error in words
};

// The redacted log of every call a client made, newest last, bounded in size.
class ApiCallLog : public QObject
{
    Q_OBJECT

public:
    explicit ApiCallLog(QObject *parent = nullptr);

    void setSecret(const QString &secret); // text to redact wherever it appears
    void record(ApiCallRecord record);
    const QList<ApiCallRecord> &records() const { return m_records; }
    void clear();

    static constexpr int maxRecords = 5000;

Q_SIGNALS:
    void recorded(const ApiCallRecord &record);

private:
    QString redact(const QString &text) const;

    QString m_secret;
    QList<ApiCallRecord> m_records;
};
