#include "WorkspaceQuery.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>

namespace sandbox {
namespace {

// A workspace field by the names the query and sort accept ("typeKey" or "attributes.typeKey").
std::optional<QString> fieldValue(const Workspace &w, QString name)
{
    if (name.startsWith(QLatin1String("attributes.")))
        name = name.mid(11);
    if (name == QLatin1String("id"))
        return w.ari;
    if (name == QLatin1String("name"))
        return w.name;
    if (name == QLatin1String("typeKey"))
        return w.typeKey;
    if (name == QLatin1String("type"))
        return w.type;
    if (name == QLatin1String("status"))
        return w.status;
    if (name == QLatin1String("hostUrl"))
        return w.hostUrl;
    if (name == QLatin1String("sandbox.type"))
        return w.sandboxChild ? QStringLiteral("CHILD") : QStringLiteral("NONE");
    return std::nullopt;
}

const Workspace &probe()
{
    static const Workspace w;
    return w;
}

// The text a {searchWorkspaces, value} operand searches for.
QString searchText(const QJsonObject &operand)
{
    const QString value = operand.value(QLatin1String("value")).toString();
    return value.isEmpty() ? operand.value(QLatin1String("searchWorkspaces")).toString() : value;
}

bool validNode(const QJsonValue &node, QString *error, int depth = 0)
{
    if (depth > 8) {
        *error = QStringLiteral("query is nested too deeply");
        return false;
    }
    const QJsonObject o = node.toObject();
    if (!node.isObject() || o.size() == 0 || o.size() > 2) {
        *error = QStringLiteral("each query node must be an object with one operator");
        return false;
    }
    for (const char *op : {"and", "nor"}) {
        if (o.contains(QLatin1String(op))) {
            const QJsonValue list = o.value(QLatin1String(op));
            if (!list.isArray() || list.toArray().isEmpty()) {
                *error = QStringLiteral("\"%1\" needs a non-empty list").arg(QLatin1String(op));
                return false;
            }
            for (const QJsonValue &child : list.toArray()) {
                if (!validNode(child, error, depth + 1))
                    return false;
            }
            return true;
        }
    }
    if (o.contains(QLatin1String("field"))) {
        const QJsonObject field = o.value(QLatin1String("field")).toObject();
        const QString name = field.value(QLatin1String("name")).toString();
        if (!fieldValue(probe(), name) || !field.value(QLatin1String("values")).isArray()) {
            *error = QStringLiteral("field needs a known name and a list of values");
            return false;
        }
        return true;
    }
    if (o.contains(QLatin1String("searchWorkspaces")) || o.contains(QLatin1String("value"))) {
        if (searchText(o).isEmpty()) {
            *error = QStringLiteral("searchWorkspaces needs a text");
            return false;
        }
        return true;
    }
    for (const char *filter : {"features", "policies"}) {
        if (o.value(QLatin1String(filter)).isArray())
            return true;
    }
    *error = QStringLiteral("unknown query operator");
    return false;
}

bool matchNode(const QJsonObject &o, const Workspace &w)
{
    if (o.contains(QLatin1String("and"))) {
        const QJsonArray list = o.value(QLatin1String("and")).toArray();
        return std::all_of(list.begin(), list.end(),
                           [&](const QJsonValue &c) { return matchNode(c.toObject(), w); });
    }
    if (o.contains(QLatin1String("nor"))) {
        const QJsonArray list = o.value(QLatin1String("nor")).toArray();
        return std::none_of(list.begin(), list.end(),
                            [&](const QJsonValue &c) { return matchNode(c.toObject(), w); });
    }
    if (o.contains(QLatin1String("field"))) {
        const QJsonObject field = o.value(QLatin1String("field")).toObject();
        const QString value = *fieldValue(w, field.value(QLatin1String("name")).toString());
        const QJsonArray values = field.value(QLatin1String("values")).toArray();
        return std::any_of(values.begin(), values.end(), [&](const QJsonValue &v) {
            return v.toString().compare(value, Qt::CaseInsensitive) == 0;
        });
    }
    if (o.contains(QLatin1String("searchWorkspaces")) || o.contains(QLatin1String("value"))) {
        const QString text = searchText(o);
        return w.name.contains(text, Qt::CaseInsensitive) ||
               w.hostUrl.contains(text, Qt::CaseInsensitive);
    }
    // The sandbox's workspaces have no features or policies: such a filter matches only when
    // it names none.
    for (const char *filter : {"features", "policies"}) {
        if (o.contains(QLatin1String(filter)))
            return o.value(QLatin1String(filter)).toArray().isEmpty();
    }
    return false;
}

} // namespace

std::optional<WorkspaceQuery> WorkspaceQuery::fromBody(const QJsonObject &body, QString *error)
{
    WorkspaceQuery q;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("query") && it.key() != QLatin1String("sort") &&
            it.key() != QLatin1String("limit")) {
            *error = QStringLiteral("unknown property \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    const QJsonValue limit = body.value(QLatin1String("limit"));
    if (!limit.isUndefined() && !limit.isNull()) {
        if (!limit.isDouble() || limit.toDouble() != double(limit.toInt()) || limit.toInt() < 1 ||
            limit.toInt() > 1000) {
            *error = QStringLiteral("limit must be a whole number from 1 to 1000");
            return std::nullopt;
        }
        q.limit = limit.toInt();
    }
    const QJsonValue query = body.value(QLatin1String("query"));
    if (!query.isUndefined() && !query.isNull()) {
        if (!validNode(query, error))
            return std::nullopt;
        q.query = query;
    }
    const QJsonValue sort = body.value(QLatin1String("sort"));
    if (!sort.isUndefined() && !sort.isNull()) {
        if (!sort.isArray()) {
            *error = QStringLiteral("sort must be a list of {field, order}");
            return std::nullopt;
        }
        for (const QJsonValue &s : sort.toArray()) {
            const QJsonObject o = s.toObject();
            const QString order = o.value(QLatin1String("order")).toString(QStringLiteral("asc"));
            if (!fieldValue(probe(), o.value(QLatin1String("field")).toString()) ||
                (order != QLatin1String("asc") && order != QLatin1String("desc"))) {
                *error = QStringLiteral("sort needs a known field and the order asc or desc");
                return std::nullopt;
            }
        }
        q.sort = sort.toArray();
    }
    return q;
}

bool WorkspaceQuery::matches(const Workspace &workspace) const
{
    return query.isNull() || query.isUndefined() || matchNode(query.toObject(), workspace);
}

QList<int> WorkspaceQuery::run(const QList<Workspace> &workspaces) const
{
    QList<int> result;
    for (int i = 0; i < workspaces.size(); ++i) {
        if (matches(workspaces.at(i)))
            result.append(i);
    }
    QJsonArray keys = sort;
    keys.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("name")}});
    std::stable_sort(result.begin(), result.end(), [&](int a, int b) {
        for (const QJsonValue &key : std::as_const(keys)) {
            const QString field = key.toObject().value(QLatin1String("field")).toString();
            const int c =
                QString::compare(*fieldValue(workspaces.at(a), field),
                                 *fieldValue(workspaces.at(b), field), Qt::CaseInsensitive);
            if (c != 0)
                return key.toObject().value(QLatin1String("order")) == QLatin1String("desc")
                           ? c > 0
                           : c < 0;
        }
        return a < b;
    });
    return result;
}

quint64 WorkspaceQuery::hash() const
{
    const QJsonObject o{{QStringLiteral("workspaces"), query},
                        {QStringLiteral("sort"), sort},
                        {QStringLiteral("limit"), limit}};
    const QByteArray digest = QCryptographicHash::hash(
        QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1);
    return qFromBigEndian<quint64>(digest.constData());
}

} // namespace sandbox
