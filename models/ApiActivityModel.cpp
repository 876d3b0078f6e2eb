#include "ApiActivityModel.h"
#include "StatusColors.h"

#include <QColor>
#include <QLocale>
#include <QUrl>

ApiActivityModel::ApiActivityModel(QObject *parent) : QAbstractTableModel(parent) {}

void ApiActivityModel::setLog(ApiCallLog *log)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    beginResetModel();
    m_log = log;
    m_records = log ? log->records() : QList<ApiCallRecord>();
    endResetModel();
    if (log)
        connect(log, &ApiCallLog::recorded, this, &ApiActivityModel::append);
}

void ApiActivityModel::append(const ApiCallRecord &record)
{
    // The log keeps a bounded number of records; so does this.
    if (m_records.size() >= ApiCallLog::maxRecords) {
        beginRemoveRows({}, 0, 0);
        m_records.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

int ApiActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ApiActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Attempt:
        return tr("Attempt");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

QVariant ApiActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ApiCallRecord &call = m_records.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case Time:
            return call.startedAt;
        case Status:
            return call.httpStatus;
        case Duration:
            return call.durationMs;
        case Attempt:
            return call.attempt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && (index.column() == Status || index.column() == Outcome))
        return call.outcome.isEmpty() ? QVariant() : QVariant(StatusColors::danger());
    if (role == Qt::ToolTipRole && index.column() == Path)
        return call.url;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Status || index.column() == Duration || index.column() == Attempt))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QUrl url(call.url);
    switch (index.column()) {
    case Time:
        return QLocale().toString(call.startedAt.toLocalTime().time(),
                                  QStringLiteral("HH:mm:ss.zzz"));
    case Method:
        return QString::fromLatin1(call.verb);
    case Path:
        return url.path() + (url.hasQuery() ? QStringLiteral("?") + url.query() : QString());
    case Status:
        return call.httpStatus ? QString::number(call.httpStatus) : tr("\u2014");
    case Duration:
        return tr("%1 ms").arg(call.durationMs);
    case Attempt:
        return call.attempt;
    case Outcome:
        return call.outcome.isEmpty() ? tr("OK") : call.outcome;
    default:
        return {};
    }
}

QString ApiActivityModel::curlCommand(const ApiCallRecord &record)
{
    auto quoted = [](QString text) {
        text.replace(QLatin1String("'"), QLatin1String("'\\''"));
        return QStringLiteral("'") + text + QStringLiteral("'");
    };
    QStringList parts{QStringLiteral("curl")};
    if (record.verb != "GET")
        parts << QStringLiteral("-X") << QString::fromLatin1(record.verb);
    parts << quoted(record.url);
    // Double quotes: the shell puts the key in from the environment; it is never written here.
    parts << QStringLiteral("-H") << QStringLiteral("\"Authorization: Bearer $ORGDESK_API_KEY\"");
    parts << QStringLiteral("-H") << quoted(QStringLiteral("Accept: application/json"));
    if (!record.requestBody.isEmpty()) {
        parts << QStringLiteral("-H") << quoted(QStringLiteral("Content-Type: application/json"));
        parts << QStringLiteral("--data-raw") << quoted(QString::fromUtf8(record.requestBody));
    }
    return parts.join(u' ');
}
