#pragma once

#include "ApiExchange.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace sandbox {

// SCIM PATCH (RFC 7644 §3.5.2) over a resource's writable attributes held as one JSON object:
// add, replace and remove, with or without a path; paths "attr", "attr.sub",
// "urn:...:User:sub" and "attr[sub eq \"x\"].sub".
namespace scimpatch {

struct Operation
{
    QString op; // "add", "replace" or "remove"
    QString path;
    QJsonValue value;
};

// The Operations of a PatchOp body (the 2022 document spells the array "operations"; RFC 7644
// and the providers send "Operations": both are taken), or nothing with the 400 in *failure.
std::optional<QList<Operation>> operations(const QJsonObject &body, ApiResponse *failure);

// The attribute of `known` this name is (any case), or empty.
QString canonical(const QString &name, const QStringList &known);

// Applies one operation to `document`, whose attributes are those of `known`; the 400 to
// answer when it cannot.
std::optional<ApiResponse> apply(QJsonObject &document, const Operation &operation,
                                 const QStringList &known);

} // namespace scimpatch
} // namespace sandbox
