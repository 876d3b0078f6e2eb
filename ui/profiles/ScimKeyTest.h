#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;

// Tests a SCIM directory key with the cheapest read there is (the directory's
// ServiceProviderConfig), for a person waiting in a dialog: few retries, and a refusal in words.
class ScimKeyTest : public QObject
{
    Q_OBJECT

public:
    ScimKeyTest(const QUrl &baseUrl, const QString &directoryId, const QString &key,
                QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // Empty: the key opens the directory; otherwise what went wrong, as a sentence.
    void finished(const QString &problem);

private:
    QString m_directoryId;
    QPointer<ApiClient> m_client;
};
