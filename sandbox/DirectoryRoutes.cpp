#include "ApiErrors.h"
#include "OrgStore.h"
#include "PageCursor.h"
#include "Router.h"
#include "Routes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtEndian>

#include <memory>

namespace sandbox {
namespace {

struct DirectoryFilter
{
    QString accountId;
    QStringList directoryIds;
    QString searchTerm;

    quint64 hash() const
    {
        QCryptographicHash h(QCryptographicHash::Sha1);
        h.addData(QStringList{QStringLiteral("directories"), accountId, searchTerm,
                              directoryIds.join(u',')}
                      .join(u'\n')
                      .toUtf8());
        return qFromBigEndian<quint64>(h.result().constData());
    }
};

QList<int> matchingDirectories(const OrgStore &store, const DirectoryFilter &filter)
{
    int userDirectory = -2; // no accountId filter
    if (!filter.accountId.isEmpty()) {
        const int user = store.userIndex(filter.accountId);
        userDirectory = user < 0 ? -3 : store.data().users.at(user).directory;
    }
    QList<int> result;
    const auto &directories = store.data().directories;
    for (int i = 0; i < directories.size(); ++i) {
        const Directory &directory = directories.at(i);
        if (userDirectory != -2 && userDirectory != i)
            continue;
        if (!filter.directoryIds.isEmpty() && !filter.directoryIds.contains(directory.id))
            continue;
        if (!filter.searchTerm.isEmpty() &&
            !directory.name.contains(filter.searchTerm, Qt::CaseInsensitive)) {
            continue;
        }
        result.append(i);
    }
    return result;
}

} // namespace

void addDirectoryRoutes(Router &router, OrgStore &store)
{
    // Filters behind the cursors handed out, for requests that send only a cursor.
    auto remembered = std::make_shared<QHash<quint64, DirectoryFilter>>();

    router.add(
        "GET", QStringLiteral("/admin/v2/orgs/{orgId}/directories"),
        [&store, remembered](const ApiRequest &request) {
            if (!store.isOrg(request.param(0)))
                return errors::orgNotFound(request.param(0));
            const QUrlQuery &query = request.query;
            DirectoryFilter filter;
            int offset = 0;
            std::optional<int> limit = routes::queryLimit(request, 20);
            if (query.hasQueryItem(QStringLiteral("cursor"))) {
                // "If present, all other parameters are discarded."
                const auto cursor =
                    PageCursor::decode(query.queryItemValue(QStringLiteral("cursor")));
                if (!cursor || (cursor->queryHash != filter.hash() &&
                                !remembered->contains(cursor->queryHash))) {
                    return errors::invalidCursor();
                }
                filter = remembered->value(cursor->queryHash);
                offset = int(cursor->offset);
                limit = qBound(1, int(cursor->limit), 100);
            } else {
                filter.accountId =
                    query.queryItemValue(QStringLiteral("accountId"), QUrl::FullyDecoded);
                filter.directoryIds =
                    query.allQueryItemValues(QStringLiteral("directoryIds"), QUrl::FullyDecoded);
                filter.searchTerm =
                    query.queryItemValue(QStringLiteral("searchTerm"), QUrl::FullyDecoded)
                        .trimmed();
                if (filter.directoryIds.size() > 10)
                    return errors::invalidQuery(QStringLiteral("directoryIds: at most 10 items"));
            }
            if (!limit)
                return errors::invalidQuery(
                    QStringLiteral("limit: must be an integer from 1 to 100"));
            const quint64 hash = filter.hash();
            remembered->insert(hash, filter);

            const QList<int> matching = matchingDirectories(store, filter);
            const int total = int(matching.size());
            offset = qMin(offset, total);
            QJsonArray data;
            for (int i = offset; i < qMin(total, offset + *limit); ++i) {
                const Directory &directory = store.data().directories.at(matching.at(i));
                data.append(QJsonObject{{QStringLiteral("directoryId"), directory.id},
                                        {QStringLiteral("name"), directory.name},
                                        {QStringLiteral("icon"), directory.icon}});
            }
            return ApiResponse::json(
                {{QStringLiteral("data"), data},
                 {QStringLiteral("links"), routes::cursorLinks(offset, *limit, total, hash)}});
        });
}

} // namespace sandbox
