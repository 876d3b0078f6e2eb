#pragma once

#include "ApiCallLog.h"

#include <QAbstractTableModel>
#include <QPointer>

// Every call a client made (newest last): time, method, path, status, duration, attempt and
// the outcome in words, from its redacted ApiCallLog. Follows the log as it grows.
class ApiActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Method, Path, Status, Duration, Attempt, Outcome, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit ApiActivityModel(QObject *parent = nullptr);

    void setLog(ApiCallLog *log); // nullptr: empty
    const ApiCallRecord &record(int row) const { return m_records.at(row); }

    // The call as a curl command line; the key is written as $ORGDESK_API_KEY.
    static QString curlCommand(const ApiCallRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void append(const ApiCallRecord &record);

    QPointer<ApiCallLog> m_log;
    QList<ApiCallRecord> m_records;
};
