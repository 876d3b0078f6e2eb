#pragma once

#include "CredentialStore.h"

namespace QKeychain {
class Job;
}

// The OS keychain through QtKeychain: Secret Service (GNOME Keyring, KeePassXC...) or KWallet on
// Linux, Keychain on macOS, Credential Manager on Windows. The insecure (plaintext) fallback is
// always off. Jobs delete themselves when done and are never deleted while running; when a job
// does not answer within the time limit the caller is told so and the job is left to finish (or
// not) on its own.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 5000;

    explicit KeychainCredentialStore(QObject *parent = nullptr);
    // `service` names the application in the keychain; tests use their own.
    KeychainCredentialStore(const QString &service, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    QString service() const { return m_service; }

    void read(const QString &entry, const QObject *context, CredentialCallback callback) override;
    void write(const QString &entry, const QString &secret, const QObject *context,
               CredentialCallback callback) override;
    void remove(const QString &entry, const QObject *context, CredentialCallback callback) override;
    QString placeDescription() const override;

    static QString defaultService();

private:
    static CredentialResult resultOf(const QKeychain::Job *job);
    static QString advice();
    void run(QKeychain::Job *job, const QObject *context, CredentialCallback callback) const;

    QString m_service;
    int m_timeoutMs = defaultTimeoutMs;
};
