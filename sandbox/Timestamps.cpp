#include "Timestamps.h"

#include <QDateTime>
#include <QTimeZone>

namespace sandbox {

static QDateTime utcFromMs(qint64 epochMs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc());
#else
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
#endif
}

static QDateTime utc(qint64 epochSeconds)
{
    return utcFromMs(epochSeconds * 1000);
}

QString isoMillisFromMs(qint64 epochMs)
{
    return utcFromMs(epochMs).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString isoMillis(qint64 epochSeconds)
{
    return utc(epochSeconds).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString isoSeconds(qint64 epochSeconds)
{
    return utc(epochSeconds).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString isoDate(qint64 epochSeconds)
{
    return utc(epochSeconds).toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace sandbox
