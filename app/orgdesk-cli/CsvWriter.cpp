#include "OutputFormat.h"

#include "CsvRecord.h"

QByteArray CsvWriter::opening(const QList<Row> &)
{
    return CsvRecord::record(columns());
}

QByteArray CsvWriter::formatRows(const QList<Row> &rows)
{
    QByteArray bytes;
    for (const Row &row : rows) {
        QStringList values;
        values.reserve(row.size());
        for (const QJsonValue &value : row)
            values.append(cellText(value));
        bytes += CsvRecord::record(values);
    }
    return bytes;
}
