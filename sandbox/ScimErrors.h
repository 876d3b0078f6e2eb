#pragma once

#include "ApiExchange.h"

namespace sandbox {

// The answers of /scim/directory/... that are not resources, all application/scim+json: the
// ScimError body {schemas, status, scimType, detail} (CATALOG §0.4), and the Failure body
// {error, traceId} the SCIM document gives its 401 and 403.
namespace scimErrors {

constexpr char kContentType[] = "application/scim+json";

ApiResponse error(int status, const QString &detail, const QString &scimType = {});
ApiResponse invalidFilter(const QString &detail); // 400
ApiResponse invalidValue(const QString &detail);  // 400
ApiResponse invalidSyntax(const QString &detail); // 400
ApiResponse invalidPath(const QString &detail);   // 400
ApiResponse noTarget(const QString &detail);      // 400
ApiResponse mutability(const QString &detail);    // 400
ApiResponse uniqueness(const QString &detail);    // 409
ApiResponse notFound(const QString &detail);      // 404
ApiResponse unauthorized();                       // 401 Failure
// What an injected fault with this status answers on a SCIM route: 500 and 503 say the call
// can be retried.
ApiResponse forStatus(int status, const QByteArray &retryAfter = {});

} // namespace scimErrors
} // namespace sandbox
