#include "Router.h"

#include "ApiErrors.h"

#include <QUrl>

namespace sandbox {

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    static const QRegularExpression parameter(QStringLiteral("\\\\\\{[A-Za-z_]+\\\\\\}"));
    // A last parameter named "{name...}" takes the rest of the path, slashes included: the
    // server sees %2F decoded (a resource ARI such as ari:cloud:jira::site/<id>).
    static const QRegularExpression rest(
        QStringLiteral("\\\\\\{[A-Za-z_]+\\\\\\.\\\\\\.\\\\\\.\\\\\\}$"));
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(rest, QStringLiteral("(.+)"));
    regex.replace(parameter, QStringLiteral("([^/]+)"));
    QRegularExpression compiled(u'^' + regex + u'$');
    Q_ASSERT_X(compiled.isValid(), "Router::add", qPrintable(pattern));
    m_routes.append({method, std::move(compiled), std::move(handler)});
}

void Router::beforeEach(std::function<void()> step)
{
    m_before.append(std::move(step));
}

ApiResponse Router::dispatch(ApiRequest &request) const
{
    for (const auto &step : m_before)
        step();
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.regex.match(request.path);
        if (!match.hasMatch())
            continue;
        if (route.method != request.method) {
            pathKnown = true;
            continue;
        }
        request.params.clear();
        for (int i = 1; i <= match.lastCapturedIndex(); ++i)
            request.params.append(QUrl::fromPercentEncoding(match.captured(i).toUtf8()));
        return route.handler(request);
    }
    return pathKnown ? errors::methodNotAllowed(request.method, request.path)
                     : errors::routeNotFound(request.method, request.path);
}

} // namespace sandbox
