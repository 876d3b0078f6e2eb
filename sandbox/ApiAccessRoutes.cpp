#include "ApiAccessRoutes.h"

#include "ApiErrors.h"
#include "OrgStore.h"
#include "PageCursor.h"
#include "Routes.h"
#include "UserWriteState.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace sandbox {

void addApiAccessRoutes(Router &router, OrgStore &store)
{
    auto state = std::make_shared<ApiAccessState>(seedApiAccess(store.data()));
    addApiKeyRoutes(router, store, state);
    addApiTokenRoutes(router, store, state);
    addManageTokenRoutes(router, store, state);
}

namespace apiaccess {

qint64 now(const OrgStore &store)
{
    return sandboxNow(store.data());
}

ApiResponse page(const QList<int> &indices, const PageRequest &request,
                 const std::function<QJsonObject(int)> &json)
{
    const int total = int(indices.size());
    const int offset = qBound(0, request.offset, total);
    QJsonArray data;
    for (int i = offset; i < qMin(total, offset + request.limit); ++i)
        data.append(json(indices.at(i)));
    return ApiResponse::json(
        {{QStringLiteral("data"), data},
         {QStringLiteral("links"),
          routes::cursorLinks(offset, request.limit, total, request.filterHash)}});
}

ApiResponse pageProblem(PageProblem problem)
{
    if (problem == PageProblem::BadCursor)
        return errors::invalidCursor();
    return errors::invalidQuery(QStringLiteral("pageSize must be a whole number from 1 to 100"));
}

ApiResponse count(qsizetype count)
{
    return ApiResponse::json({{QStringLiteral("count"), qint64(count)}});
}

void sortByTime(QList<int> &indices, bool descending, const std::function<qint64(int)> &time)
{
    std::stable_sort(indices.begin(), indices.end(), [&](int a, int b) {
        return descending ? time(a) > time(b) : time(a) < time(b);
    });
}

void sortByText(QList<int> &indices, bool descending, const std::function<QString(int)> &text)
{
    std::stable_sort(indices.begin(), indices.end(), [&](int a, int b) {
        const int c = QString::compare(text(a), text(b), Qt::CaseInsensitive);
        return descending ? c > 0 : c < 0;
    });
}

bool containsFolded(const QString &haystack, const QString &needle)
{
    return needle.isEmpty() || haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace apiaccess
} // namespace sandbox
