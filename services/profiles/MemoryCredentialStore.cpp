#include "MemoryCredentialStore.h"

#include <QTimer>

MemoryCredentialStore::~MemoryCredentialStore()
{
    // Overwrite before the memory goes back to the allocator.
    for (QString &secret : m_secrets)
        secret.fill(u'\0');
}

void MemoryCredentialStore::answer(const QObject *context, CredentialCallback callback,
                                   CredentialResult result)
{
    if (!m_unavailableMessage.isEmpty())
        result =
            CredentialResult::unavailable(CredentialResult::Reason::Other, m_unavailableMessage);
    // Asynchronous like the real keychain, so callers cannot come to rely on a direct answer.
    QTimer::singleShot(0, context, [callback = std::move(callback), result] { callback(result); });
}

void MemoryCredentialStore::read(const QString &entry, const QObject *context,
                                 CredentialCallback callback)
{
    answer(context, std::move(callback),
           m_secrets.contains(entry) ? CredentialResult::done(m_secrets.value(entry))
                                     : CredentialResult::notFound());
}

void MemoryCredentialStore::write(const QString &entry, const QString &secret,
                                  const QObject *context, CredentialCallback callback)
{
    if (m_unavailableMessage.isEmpty())
        m_secrets.insert(entry, secret);
    answer(context, std::move(callback), CredentialResult::done());
}

void MemoryCredentialStore::remove(const QString &entry, const QObject *context,
                                   CredentialCallback callback)
{
    if (m_unavailableMessage.isEmpty())
        m_secrets.remove(entry);
    answer(context, std::move(callback), CredentialResult::done());
}

QString MemoryCredentialStore::placeDescription() const
{
    return tr("memory, for this session only");
}
