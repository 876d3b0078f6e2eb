#include "ClassificationLevel.h"

std::optional<ClassificationLevel> ClassificationLevel::fromJson(const QJsonObject &object)
{
    ClassificationLevel level;
    level.levelId = object.value(QLatin1String("levelId")).toString();
    if (level.levelId.isEmpty())
        level.levelId = object.value(QLatin1String("id")).toString();
    level.name = object.value(QLatin1String("name")).toString();
    if (level.levelId.isEmpty() || level.name.isEmpty())
        return std::nullopt;
    level.orgId = object.value(QLatin1String("orgId")).toString();
    level.definition = object.value(QLatin1String("definition")).toString();
    level.guideline = object.value(QLatin1String("guideline")).toString();
    level.color = object.value(QLatin1String("color")).toString().toUpper();
    level.sensitivity = object.value(QLatin1String("sensitivity")).toInt();
    level.statusText = object.value(QLatin1String("status")).toString();
    const QString status = level.statusText.toUpper();
    if (status == QLatin1String("DRAFT"))
        level.status = Status::Draft;
    else if (status == QLatin1String("PUBLISHED"))
        level.status = Status::Published;
    else if (status == QLatin1String("ARCHIVED"))
        level.status = Status::Archived;
    level.createdBy =
        object.value(QLatin1String("createdBy")).toObject().value(QLatin1String("name")).toString();
    level.changedBy =
        object.value(QLatin1String("changedBy")).toObject().value(QLatin1String("name")).toString();
    level.createdOn = QDateTime::fromString(object.value(QLatin1String("createdOn")).toString(),
                                            Qt::ISODateWithMs);
    level.changedOn = QDateTime::fromString(object.value(QLatin1String("changedOn")).toString(),
                                            Qt::ISODateWithMs);
    return level;
}

QList<ClassificationLevel> ClassificationLevel::listFromJson(const QJsonArray &array)
{
    QList<ClassificationLevel> levels;
    for (const QJsonValue &value : array) {
        if (std::optional<ClassificationLevel> level = fromJson(value.toObject()))
            levels.append(*level);
    }
    return levels;
}

QStringList ClassificationLevel::palette()
{
    return {QStringLiteral("RED"),    QStringLiteral("RED_BOLD"), QStringLiteral("ORANGE"),
            QStringLiteral("YELLOW"), QStringLiteral("LIME"),     QStringLiteral("GREEN"),
            QStringLiteral("TEAL"),   QStringLiteral("BLUE"),     QStringLiteral("NAVY"),
            QStringLiteral("PURPLE"), QStringLiteral("GREY")};
}

QJsonObject ClassificationLevelFields::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("definition"), definition},
            {QStringLiteral("guideline"), guideline},
            {QStringLiteral("color"), color}};
}
