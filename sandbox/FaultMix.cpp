#include "FaultMix.h"

#include <QStringList>

namespace sandbox {
namespace {

struct KindInfo
{
    const char *name;
    FaultMix::Kind kind;
    int defaultParam; // -1: the kind takes no parameter
    int minParam;
    int maxParam;
};

constexpr KindInfo kinds[] = {
    {"5xx", FaultMix::Kind::ServerError, 503, 500, 599},
    {"drop", FaultMix::Kind::Drop, -1, 0, 0},
    {"slow", FaultMix::Kind::Slow, 3000, 1, 600000},
    {"malformed", FaultMix::Kind::Malformed, -1, 0, 0},
    {"truncated", FaultMix::Kind::Truncated, -1, 0, 0},
    {"wrongshape", FaultMix::Kind::WrongShape, -1, 0, 0},
    {"429burst", FaultMix::Kind::RateLimitBurst, 3, 1, 1000},
};

const KindInfo *findKind(const QString &name)
{
    for (const KindInfo &info : kinds) {
        if (name == QLatin1String(info.name))
            return &info;
    }
    return nullptr;
}

QString knownKinds()
{
    QStringList names;
    for (const KindInfo &info : kinds)
        names.append(QLatin1String(info.name));
    return names.join(QLatin1String(", "));
}

std::optional<FaultMix> refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QString FaultMix::kindName(Kind kind)
{
    for (const KindInfo &info : kinds) {
        if (info.kind == kind)
            return QLatin1String(info.name);
    }
    return QString();
}

std::optional<FaultMix> FaultMix::parse(const QString &spec, QString *error)
{
    FaultMix mix;
    double total = 0;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return refuse(error, QStringLiteral("'%1': expected kind=fraction").arg(part));
        const QString name = part.left(equals).trimmed();
        const KindInfo *info = findKind(name);
        if (!info)
            return refuse(error, QStringLiteral("'%1': unknown fault kind '%2' (known: %3)")
                                     .arg(part, name, knownKinds()));
        for (const Entry &entry : std::as_const(mix.entries)) {
            if (entry.kind == info->kind)
                return refuse(error, QStringLiteral("'%1': %2 is named twice").arg(part, name));
        }
        const QStringList value = part.mid(equals + 1).split(QLatin1Char(':'));
        bool ok = false;
        Entry entry;
        entry.kind = info->kind;
        entry.fraction = value.at(0).trimmed().toDouble(&ok);
        if (!ok || !(entry.fraction >= 0 && entry.fraction <= 1))
            return refuse(
                error, QStringLiteral("'%1': the fraction must be a number from 0 to 1").arg(part));
        entry.param = info->defaultParam;
        if (value.size() > 2 || (value.size() == 2 && info->defaultParam < 0))
            return refuse(error, QStringLiteral("'%1': %2 takes no parameter").arg(part, name));
        if (value.size() == 2) {
            entry.param = value.at(1).trimmed().toInt(&ok);
            if (!ok || entry.param < info->minParam || entry.param > info->maxParam)
                return refuse(error, QStringLiteral("'%1': the parameter must be a whole number "
                                                    "from %2 to %3")
                                         .arg(part)
                                         .arg(info->minParam)
                                         .arg(info->maxParam));
        }
        total += entry.fraction;
        mix.entries.append(entry);
    }
    if (total > 1.0 + 1e-9)
        return refuse(error, QStringLiteral("'%1': the fractions add up to more than 1").arg(spec));
    return mix;
}

} // namespace sandbox
