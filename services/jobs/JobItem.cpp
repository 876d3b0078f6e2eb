#include "JobItem.h"

namespace {

const QList<QPair<JobItem::State, QString>> &stateNames()
{
    static const QList<QPair<JobItem::State, QString>> names = {
        {JobItem::State::Pending, QStringLiteral("pending")},
        {JobItem::State::Running, QStringLiteral("running")},
        {JobItem::State::Done, QStringLiteral("done")},
        {JobItem::State::Failed, QStringLiteral("failed")},
        {JobItem::State::Skipped, QStringLiteral("skipped")},
    };
    return names;
}

} // namespace

QString JobItem::stateName(State state)
{
    for (const auto &[value, name] : stateNames()) {
        if (value == state)
            return name;
    }
    return QString();
}

JobItem::State JobItem::stateFromName(const QString &name)
{
    for (const auto &[value, text] : stateNames()) {
        if (text == name)
            return value;
    }
    return State::Pending;
}

QJsonObject JobSpec::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("title"), title},
            {QStringLiteral("orgId"), orgId},
            {QStringLiteral("connection"), connection},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("params"), params},
            {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("undoOf"), undoOf}};
}

JobSpec JobSpec::fromJson(const QJsonObject &object)
{
    JobSpec spec;
    spec.id = object.value(QLatin1String("id")).toString();
    spec.operation = object.value(QLatin1String("operation")).toString();
    spec.title = object.value(QLatin1String("title")).toString();
    spec.orgId = object.value(QLatin1String("orgId")).toString();
    spec.connection = object.value(QLatin1String("connection")).toString();
    spec.reason = object.value(QLatin1String("reason")).toString();
    spec.params = object.value(QLatin1String("params")).toObject();
    spec.createdAt = QDateTime::fromString(object.value(QLatin1String("createdAt")).toString(),
                                           Qt::ISODateWithMs);
    spec.undoOf = object.value(QLatin1String("undoOf")).toString();
    return spec;
}
