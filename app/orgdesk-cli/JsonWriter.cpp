#include "OutputFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// A value as JSON text, escaped by Qt: the one element of a compact array, without brackets.
QByteArray valueText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray JsonWriter::opening(const QList<Row> &)
{
    return QByteArrayLiteral("[");
}

QByteArray JsonWriter::formatRows(const QList<Row> &rows)
{
    QByteArray bytes;
    for (const Row &row : rows) {
        bytes += m_anyRow ? ",\n{" : "\n{";
        m_anyRow = true;
        for (qsizetype i = 0; i < row.size() && i < columns().size(); ++i) {
            if (i > 0)
                bytes += ',';
            bytes += valueText(columns().at(i)) + ':' + valueText(row.at(i));
        }
        bytes += '}';
    }
    return bytes;
}

QByteArray JsonWriter::closing()
{
    return m_anyRow ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("]\n");
}
