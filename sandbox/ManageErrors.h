#pragma once

#include "ApiExchange.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace sandbox {

// User management's answers (the user-management spec): a "key" naming the reason, and for
// some a "context" with the details.
namespace manageErrors {

ApiResponse accountNotFound();                         // 404 {"key":"accountNotFound"}
ApiResponse notFound();                                // 404 {"key":"notFound"}
ApiResponse forbidden();                               // 403 {"key":"forbidden"}
ApiResponse targetUnverified();                        // 403 {"key":"forbidden.targetUnverified"}
ApiResponse forbiddenAction(const QString &reasonKey); // 403 forbidden.action
// 403 forbidden.fieldMutation: the mutability of every field asked for, `refused` among them.
ApiResponse fieldMutation(const QStringList &fields, const QStringList &refused,
                          const QString &reasonKey);
ApiResponse unclaimedDomain(const QString &domain); // 403 forbidden.unclaimedDomain
ApiResponse bodyParseFailure();                     // 400
// 400 fieldConstraintsViolated: (field, constraint keys) for each invalid field.
ApiResponse fieldConstraints(const QList<QPair<QString, QStringList>> &violations);
// 409 conflict.lifecycleErrors: the account is not eligible.
ApiResponse lifecycleConflict(const QString &accountId, const QString &code,
                              const QString &message);
ApiResponse successMessage(const QString &message); // 200 {"message": ...}

} // namespace manageErrors
} // namespace sandbox
