#pragma once

#include "ApiError.h"
#include "DirectoryUser.h"
#include "PeopleList.h"

#include <QObject>
#include <QPointer>

class UserPager;
class UserService;

// Finds the people of a PeopleList through users/search (exact e-mails in batches of 100, then
// account ids in batches of 10: the spec's limits): who was found, and which entries matched
// nobody.
class PeopleResolver : public QObject
{
    Q_OBJECT

public:
    static constexpr int emailBatch = 100; // MultiDirectoryUserSearchRequest.emails maxItems
    static constexpr int idBatch = 10;     // .accountIds maxItems

    PeopleResolver(const UserService *service, QObject *parent = nullptr);

    void resolve(const PeopleList &list, const QString &directoryId = QStringLiteral("-"));
    bool isRunning() const { return m_pager != nullptr; }

    const QList<DirectoryUser> &found() const { return m_found; }
    // The entries (e-mails, ids, unreadable text) that matched nobody, as given.
    const QStringList &unresolved() const { return m_unresolved; }

Q_SIGNALS:
    void finished();
    void failed(const ApiError &error);

private:
    void nextBatch();
    void onUsers(const QList<DirectoryUser> &users, bool hasMore);

    const UserService *m_service;
    QString m_directoryId;
    QStringList m_pendingEmails;
    QStringList m_pendingIds;
    QStringList m_batch;
    bool m_batchIsEmails = true;
    QList<DirectoryUser> m_found;
    QStringList m_unresolved;
    UserPager *m_pager = nullptr;
};
