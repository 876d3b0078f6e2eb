#include "OutputFormat.h"

namespace {

QByteArray field(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    const bool needsQuotes =
        bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
    if (!needsQuotes)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray record(const QStringList &values)
{
    QByteArray line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += ',';
        line += field(values.at(i));
    }
    return line + "\r\n";
}

} // namespace

QByteArray CsvWriter::opening(const QList<Row> &)
{
    return record(columns());
}

QByteArray CsvWriter::formatRows(const QList<Row> &rows)
{
    QByteArray bytes;
    for (const Row &row : rows) {
        QStringList values;
        values.reserve(row.size());
        for (const QJsonValue &value : row)
            values.append(cellText(value));
        bytes += record(values);
    }
    return bytes;
}
