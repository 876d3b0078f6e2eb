#pragma once

#include "ApiExchange.h"

namespace sandbox {

// The error bodies of the admin APIs (CATALOG §0.4), in one place.
namespace errors {

// Gateway-level answer: {"code": 401, "message": "Unauthorized"}.
ApiResponse proxyError(int status, const QString &message);

// Org API answer: {"errors": [{"id", "status", "code", "title", "detail"}]}. The v1
// ApplicationErrors and the v2 Errors shapes are the same on the wire.
ApiResponse applicationError(int status, const QString &code, const QString &detail);

ApiResponse unauthorized();
ApiResponse tooManyRequests(int retryAfterSeconds);
ApiResponse scopedKeyForbidden(); // User management refuses keys with scopes
ApiResponse scopeDoesNotAllow();  // a write no scope covers, asked with a key that has scopes
ApiResponse invalidCursor();      // ADMIN-400-1
ApiResponse invalidBody(const QString &detail);            // ADMIN-400-24
ApiResponse invalidQuery(const QString &detail);           // ADMIN-400-19
ApiResponse orgNotFound(const QString &orgId);             // ADMIN-404-2
ApiResponse directoryNotFound(const QString &directoryId); // ADMIN-404-1
ApiResponse userNotFound(const QString &accountId);        // ADMIN-404-8
ApiResponse routeNotFound(const QByteArray &method, const QString &path);
ApiResponse methodNotAllowed(const QByteArray &method, const QString &path); // ADMIN-405-1

// What an injected fault with this status answers.
ApiResponse forStatus(int status, const QByteArray &retryAfter = {});

QString statusTitle(int status);

} // namespace errors
} // namespace sandbox
