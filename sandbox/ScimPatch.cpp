#include "ScimPatch.h"

#include "ScimData.h"
#include "ScimErrors.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sandbox::scimpatch {
namespace {

// "emails[type eq \"work\"].value" -> attribute, filter attribute, filter value, sub-attribute.
struct FilteredPath
{
    QString attribute, filterAttribute, filterValue, sub;
};

std::optional<FilteredPath> filteredPath(const QString &path)
{
    static const QRegularExpression form(
        QStringLiteral(
            "^([\\w:.-]+?)\\[\\s*(\\w+)\\s+eq\\s+\"?((?:[^\"\\]])*)\"?\\s*\\](?:\\.(\\w+))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = form.match(path);
    if (!match.hasMatch())
        return std::nullopt;
    return FilteredPath{match.captured(1), match.captured(2), match.captured(3), match.captured(4)};
}

bool matches(const QJsonValue &item, const FilteredPath &path)
{
    const QJsonValue value = item[path.filterAttribute];
    if (value.isBool())
        return value.toBool() ==
               (path.filterValue.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
    return value.toString().compare(path.filterValue, Qt::CaseInsensitive) == 0;
}

// `value` added to or put in place of `current`: "add" appends to a multi-valued attribute and
// merges into a complex one.
QJsonValue combined(const QString &op, const QJsonValue &current, const QJsonValue &value)
{
    if (op != QLatin1String("add"))
        return value;
    if (current.isArray()) {
        QJsonArray merged = current.toArray();
        for (const QJsonValue &item : value.isArray() ? value.toArray() : QJsonArray{value})
            merged.append(item);
        return merged;
    }
    if (current.isObject() && value.isObject()) {
        QJsonObject merged = current.toObject();
        const QJsonObject added = value.toObject();
        for (auto it = added.begin(); it != added.end(); ++it)
            merged.insert(it.key(), it.value());
        return merged;
    }
    return value;
}

std::optional<ApiResponse> applyFiltered(QJsonObject &document, const Operation &operation,
                                         const FilteredPath &path, const QString &attribute)
{
    QJsonArray items = document.value(attribute).toArray();
    bool found = false;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (!matches(items.at(i), path))
            continue;
        found = true;
        if (operation.op == QLatin1String("remove") && path.sub.isEmpty()) {
            items.removeAt(i);
            continue;
        }
        QJsonObject item = items.at(i).toObject();
        if (operation.op == QLatin1String("remove"))
            item.remove(path.sub);
        else if (path.sub.isEmpty() && operation.value.isObject())
            item = combined(QStringLiteral("add"), item, operation.value).toObject();
        else
            item.insert(path.sub, operation.value);
        items[i] = item;
    }
    if (!found && operation.op != QLatin1String("remove")) {
        // Providers set e.g. emails[type eq "work"].value on a user without a work address.
        QJsonObject item{{path.filterAttribute, path.filterValue}};
        if (path.sub.isEmpty() && operation.value.isObject())
            item = combined(QStringLiteral("add"), item, operation.value).toObject();
        else if (!path.sub.isEmpty())
            item.insert(path.sub, operation.value);
        items.append(item);
    }
    document.insert(attribute, items);
    return std::nullopt;
}

} // namespace

std::optional<QList<Operation>> operations(const QJsonObject &body, ApiResponse *failure)
{
    const QJsonValue list = body.contains(QLatin1String("Operations"))
                                ? body.value(QLatin1String("Operations"))
                                : body.value(QLatin1String("operations"));
    if (!body.value(QLatin1String("schemas")).toArray().contains(scim::kPatchSchema) ||
        !list.isArray() || list.toArray().isEmpty()) {
        *failure = scimErrors::invalidSyntax(
            QStringLiteral("A PATCH body needs the schema %1 and a list of Operations.")
                .arg(scim::kPatchSchema));
        return std::nullopt;
    }
    QList<Operation> result;
    for (const QJsonValue &item : list.toArray()) {
        Operation operation{item[QLatin1String("op")].toString().toLower(),
                            item[QLatin1String("path")].toString().trimmed(),
                            item[QLatin1String("value")]};
        if (operation.op != QLatin1String("add") && operation.op != QLatin1String("replace") &&
            operation.op != QLatin1String("remove")) {
            *failure = scimErrors::invalidSyntax(
                QStringLiteral("op must be add, replace or remove, not \"%1\".")
                    .arg(item[QLatin1String("op")].toString()));
            return std::nullopt;
        }
        result.append(operation);
    }
    return result;
}

QString canonical(const QString &name, const QStringList &known)
{
    for (const QString &attribute : known) {
        if (attribute.compare(name, Qt::CaseInsensitive) == 0)
            return attribute;
    }
    return {};
}

std::optional<ApiResponse> apply(QJsonObject &document, const Operation &operation,
                                 const QStringList &known)
{
    const bool remove = operation.op == QLatin1String("remove");
    if (operation.path.isEmpty()) {
        if (remove)
            return scimErrors::noTarget(QStringLiteral("remove needs a path."));
        if (!operation.value.isObject())
            return scimErrors::invalidValue(
                QStringLiteral("Without a path, the value must be an object of attributes."));
        const QJsonObject values = operation.value.toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const auto one = apply(document, {operation.op, it.key(), it.value()}, known);
            if (one)
                return one;
        }
        return std::nullopt;
    }
    if (const auto filtered = filteredPath(operation.path)) {
        const QString attribute = canonical(filtered->attribute, known);
        if (attribute.isEmpty() ||
            (document.contains(attribute) && !document.value(attribute).isArray()))
            return scimErrors::invalidPath(
                QStringLiteral("\"%1\" is not a multi-valued attribute.").arg(filtered->attribute));
        return applyFiltered(document, operation, *filtered, attribute);
    }
    // "name.givenName", or an extension's "urn:...:User:department".
    QString attribute = canonical(operation.path, known);
    QString sub;
    if (attribute.isEmpty()) {
        for (const QString &candidate : known) {
            const QChar separator = candidate.startsWith(QLatin1String("urn:")) ? u':' : u'.';
            if (operation.path.size() > candidate.size() + 1 &&
                operation.path.at(candidate.size()) == separator &&
                operation.path.left(candidate.size()).compare(candidate, Qt::CaseInsensitive) ==
                    0) {
                attribute = candidate;
                sub = operation.path.mid(candidate.size() + 1);
            }
        }
    }
    if (attribute.isEmpty())
        return scimErrors::invalidPath(
            QStringLiteral("\"%1\" is not an attribute that can be changed.").arg(operation.path));
    if (sub.isEmpty()) {
        if (remove)
            document.remove(attribute);
        else
            document.insert(attribute,
                            combined(operation.op, document.value(attribute), operation.value));
        return std::nullopt;
    }
    QJsonObject complex = document.value(attribute).toObject();
    if (remove)
        complex.remove(sub);
    else
        complex.insert(sub, operation.value);
    document.insert(attribute, complex);
    return std::nullopt;
}

} // namespace sandbox::scimpatch
