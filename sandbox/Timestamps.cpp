#include "Timestamps.h"

#include <QDateTime>
#include <QTimeZone>

namespace sandbox {

static QDateTime utc(qint64 epochSeconds)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc());
#else
    return QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC);
#endif
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
