#pragma once

#include "ApiAccessData.h"
#include "ApiAccessFilters.h"
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

} // namespace apiaccess
} // namespace sandbox
