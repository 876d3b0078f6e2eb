#pragma once

#include "ApiAccessData.h"
#include "ApiAccessFilters.h"
#include "ApiErrors.h"
#include "ApiExchange.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace sandbox {

class OrgStore;
class Router;

// The route files of the API access family share one state, made when the routes are added.
void addApiKeyRoutes(Router &router, OrgStore &store, std::shared_ptr<ApiAccessState> state);
void addApiTokenRoutes(Router &router, OrgStore &store, std::shared_ptr<ApiAccessState> state);
void addManageTokenRoutes(Router &router, OrgStore &store, std::shared_ptr<ApiAccessState> state);

namespace apiaccess {

qint64 now(const OrgStore &store); // epoch seconds, on the sandbox's clock

// One P6 page of `indices` (filtered and sorted): {data: [...], links: {self, next?, prev?}}.
ApiResponse page(const QList<int> &indices, const PageRequest &request,
                 const std::function<QJsonObject(int)> &json);
ApiResponse pageProblem(PageProblem problem);
ApiResponse count(qsizetype count); // {"count": N}

// Sorts `indices` by a date or text per item; missing dates (0) come first in ascending order,
// ties keep the list's order.
void sortByTime(QList<int> &indices, bool descending, const std::function<qint64(int)> &time);
void sortByText(QList<int> &indices, bool descending, const std::function<QString(int)> &text);

bool containsFolded(const QString &haystack, const QString &needle);

// The end of a key or token list, once filtered to `indices` of `records`: sorted as the query
// asks (label, createdAt, expiresAt or lastActiveAt, "+" or "-"), then one page, each item as
// `json` makes it; 400 for a bad sort or page.
template <typename Record>
ApiResponse sortedPage(const QUrlQuery &query, const QList<Record> &records, QList<int> indices,
                       const std::function<QJsonObject(int)> &json)
{
    const QStringList fields = {QStringLiteral("label"), QStringLiteral("createdAt"),
                                QStringLiteral("expiresAt"), QStringLiteral("lastActiveAt")};
    QString problem;
    const std::optional<SortOrder> sort = sortOrder(query, fields, &problem);
    if (!sort)
        return errors::invalidQuery(problem);
    PageProblem pageProblem = PageProblem::None;
    const std::optional<PageRequest> request = pageRequest(query, &pageProblem);
    if (!request)
        return apiaccess::pageProblem(pageProblem);
    if (sort->field == QLatin1String("label"))
        sortByText(indices, sort->descending, [&](int i) { return records.at(i).label; });
    else if (sort->field == QLatin1String("createdAt"))
        sortByTime(indices, sort->descending, [&](int i) { return records.at(i).createdAt; });
    else if (sort->field == QLatin1String("expiresAt"))
        sortByTime(indices, sort->descending, [&](int i) { return records.at(i).expiresAt; });
    else if (sort->field == QLatin1String("lastActiveAt"))
        sortByTime(indices, sort->descending, [&](int i) { return records.at(i).lastActiveAt; });
    return page(indices, *request, json);
}

} // namespace apiaccess
} // namespace sandbox
