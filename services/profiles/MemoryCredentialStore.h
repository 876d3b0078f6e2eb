#pragma once

#include "CredentialStore.h"

#include <QHash>

// Keys held in this process's memory only: the "for this session only" choice when no keychain
// answers, and a stand-in keychain for GUI tests. Nothing is ever written to disk.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;
    ~MemoryCredentialStore() override;

    void read(const QString &entry, const QObject *context, CredentialCallback callback) override;
    void write(const QString &entry, const QString &secret, const QObject *context,
               CredentialCallback callback) override;
    void remove(const QString &entry, const QObject *context, CredentialCallback callback) override;
    QString placeDescription() const override;

    // Synchronous access for the session layer, which checks memory before the keychain.
    bool contains(const QString &entry) const { return m_secrets.contains(entry); }
    QString secret(const QString &entry) const { return m_secrets.value(entry); }
    void setSecret(const QString &entry, const QString &secret) { m_secrets.insert(entry, secret); }
    void forget(const QString &entry) { m_secrets.remove(entry); }

    // For tests: every operation answers Unavailable with this message (empty = normal).
    void simulateUnavailable(const QString &message) { m_unavailableMessage = message; }

private:
    void answer(const QObject *context, CredentialCallback callback, CredentialResult result);

    QHash<QString, QString> m_secrets;
    QString m_unavailableMessage;
};
