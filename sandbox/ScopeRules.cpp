#include "ScopeRules.h"

#include <QRegularExpression>

namespace sandbox {

namespace {

// The org API writes with no scope in their documentation, as path patterns (any method but GET;
// the POST searches are reads).
bool isUnscopedWrite(const ApiRequest &request)
{
    if (request.method == "GET" || request.path.endsWith(QLatin1String("/search")))
        return false;
    static const QRegularExpression writes(
        QStringLiteral("^/admin/(?:"
                       "v2/orgs/[^/]+/directories/[^/]+/users/[^/]+(?:/suspend|/restore)?"
                       "|v2/orgs/[^/]+/directories/[^/]+/groups(?:/[^/]+(?:/memberships(?:/[^/]+)?"
                       "|/role-assignments/(?:assign|revoke))?)?"
                       "|v2/orgs/[^/]+/users/invite"
                       "|v1/orgs/[^/]+/users/[^/]+/(?:roles|role-assignments)/(?:assign|revoke)"
                       ")$"));
    return writes.match(request.path).hasMatch();
}

} // namespace

ScopeRefusal scopeRefusal(const ApiRequest &request)
{
    if (request.path.startsWith(QLatin1String("/users/")))
        return ScopeRefusal::UserManagement;
    if (isUnscopedWrite(request))
        return ScopeRefusal::NoScopeForThisWrite;
    return ScopeRefusal::None;
}

} // namespace sandbox
