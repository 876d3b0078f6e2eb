#pragma once

#include <QObject>
#include <QString>

#include <functional>

// The outcome of one keychain operation.
struct CredentialResult
{
    enum class Status {
        Ok,          // done; for a read, `secret` holds the key
        NotFound,    // no key stored under that entry yet: not an error
        Unavailable, // no keychain answered (none running, locked, refused, timed out)
    };
    enum class Reason {
        None,
        NoBackend,    // no Secret Service, KWallet or other keychain on this system
        Locked,       // the keychain is locked and could not be unlocked
        DeniedByUser, // the user refused access when asked
        TimedOut,     // the keychain did not answer within the store's time limit
        Other,
    };

    Status status = Status::Ok;
    Reason reason = Reason::None;
    QString secret;
    QString message; // for Unavailable: a sentence for the user, saying what to do

    bool ok() const { return status == Status::Ok; }
    bool isUnavailable() const { return status == Status::Unavailable; }

    static CredentialResult done(const QString &secret = {})
    {
        return {Status::Ok, Reason::None, secret, {}};
    }
    static CredentialResult notFound() { return {Status::NotFound, Reason::None, {}, {}}; }
    static CredentialResult unavailable(Reason reason, const QString &message)
    {
        return {Status::Unavailable, reason, {}, message};
    }
};

using CredentialCallback = std::function<void(const CredentialResult &)>;

// Where Orgdesk keeps secrets: an interface of ours in front of the OS keychain. Every call is
// asynchronous and answers exactly once, through a connection bound to `context` (a closed
// window never receives a late answer). Entries are named by Profile::adminKeyEntry and
// Profile::scimKeyEntry. There is no plaintext fallback anywhere behind this interface.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void read(const QString &entry, const QObject *context,
                      CredentialCallback callback) = 0;
    virtual void write(const QString &entry, const QString &secret, const QObject *context,
                       CredentialCallback callback) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &entry, const QObject *context,
                        CredentialCallback callback) = 0;

    // Where the secrets go, in words ("the system keychain", "memory, for this session only").
    virtual QString placeDescription() const = 0;
};
