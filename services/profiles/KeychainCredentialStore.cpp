#include "KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace {

// Failures that mean "nothing answers on the bus": no D-Bus session, or no Secret Service on it.
bool isNoServiceText(const QString &detail)
{
    static const char *const markers[] = {"org.freedesktop.secrets", "ServiceUnknown",
                                          "Could not connect", "D-Bus", "DBus"};
    for (const char *marker : markers) {
        if (detail.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A missing or locked default collection that could not be unlocked (no prompt possible).
bool isLockedText(const QString &detail)
{
    return detail.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
           detail.contains(QLatin1String("/collection/"), Qt::CaseInsensitive);
}

} // namespace

QString KeychainCredentialStore::advice()
{
    return tr("Orgdesk keeps API keys only in the system keychain (GNOME Keyring, KWallet or "
              "another Secret Service), never in a file. Start or unlock the keychain and try "
              "again, or use the key for this session only.");
}

CredentialResult KeychainCredentialStore::resultOf(const QKeychain::Job *job)
{
    using Reason = CredentialResult::Reason;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError: {
        const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(job);
        return CredentialResult::done(read ? read->textData() : QString());
    }
    case QKeychain::EntryNotFound:
        // "No key yet" for a read; nothing to do for a delete.
        if (qobject_cast<const QKeychain::DeletePasswordJob *>(job))
            return CredentialResult::done();
        return CredentialResult::notFound();
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialResult::unavailable(
            Reason::NoBackend, tr("No keychain is available on this system. %1").arg(advice()));
    case QKeychain::AccessDeniedByUser:
        return CredentialResult::unavailable(
            Reason::DeniedByUser, tr("Access to the keychain was refused. %1").arg(advice()));
    case QKeychain::AccessDenied:
        return CredentialResult::unavailable(
            Reason::Locked,
            tr("The keychain is locked and could not be unlocked (%1). %2").arg(detail, advice()));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (isNoServiceText(detail))
        return CredentialResult::unavailable(
            Reason::NoBackend,
            tr("No keychain answers in this session: no Secret Service is running (%1). %2")
                .arg(detail, advice()));
    if (isLockedText(detail))
        return CredentialResult::unavailable(
            Reason::Locked,
            tr("The keychain is locked or has no default collection, and it could not be "
               "unlocked (%1). %2")
                .arg(detail, advice()));
    return CredentialResult::unavailable(
        Reason::Other, tr("The keychain did not work (%1). %2").arg(detail, advice()));
}

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(defaultService(), parent)
{}

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent), m_service(service)
{}

QString KeychainCredentialStore::defaultService()
{
    return QStringLiteral("Orgdesk");
}

QString KeychainCredentialStore::placeDescription() const
{
    return tr("the system keychain");
}

void KeychainCredentialStore::run(QKeychain::Job *job, const QObject *context,
                                  CredentialCallback callback) const
{
    // Never parented and never deleted by us: a running job deletes itself once it finishes.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);

    // Exactly one answer: the job's, or the watchdog's if the job is too slow.
    auto answered = std::make_shared<bool>(false);
    auto answer = [answered, callback](const CredentialResult &result) {
        if (*answered)
            return;
        *answered = true;
        callback(result);
    };
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [answer](QKeychain::Job *finished) { answer(resultOf(finished)); });
    const int seconds = qMax(1, m_timeoutMs / 1000);
    QTimer::singleShot(m_timeoutMs, context, [answer, seconds] {
        answer(CredentialResult::unavailable(
            CredentialResult::Reason::TimedOut,
            tr("The keychain did not answer within %1 seconds; it may be waiting to be "
               "unlocked. %2")
                .arg(seconds)
                .arg(advice())));
    });
    job->start();
}

void KeychainCredentialStore::read(const QString &entry, const QObject *context,
                                   CredentialCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(entry);
    run(job, context, std::move(callback));
}

void KeychainCredentialStore::write(const QString &entry, const QString &secret,
                                    const QObject *context, CredentialCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(entry);
    job->setTextData(secret);
    run(job, context, std::move(callback));
}

void KeychainCredentialStore::remove(const QString &entry, const QObject *context,
                                     CredentialCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(entry);
    run(job, context, std::move(callback));
}
