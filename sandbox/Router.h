#pragma once

#include "ApiExchange.h"

#include <QRegularExpression>

#include <functional>

namespace sandbox {

// Method + path pattern -> handler. Patterns name their parameters in braces:
// "/admin/v1/orgs/{orgId}"; a last "{name...}" takes the rest of the path, slashes included. A
// path that matches with another method gives 405.
class Router
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    // Runs before every request is routed: state that changes with time alone (an invitation
    // accepted after a while) catches up with the clock before anything reads it.
    void beforeEach(std::function<void()> step);

    // Runs the matching handler (filling request.params), or answers 404/405.
    ApiResponse dispatch(ApiRequest &request) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression regex;
        Handler handler;
    };
    QList<Route> m_routes;
    QList<std::function<void()>> m_before;
};

} // namespace sandbox
