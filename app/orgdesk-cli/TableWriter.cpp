#include "OutputFormat.h"

#include <algorithm>

namespace {

QString fitted(const QString &value, int width)
{
    if (value.size() <= width)
        return value.leftJustified(width);
    return value.left(width - 1) + QChar(0x2026); // …
}

} // namespace

QByteArray TableWriter::opening(const QList<Row> &firstRows)
{
    m_widths.clear();
    for (const QString &column : columns())
        m_widths.append(int(column.size()));
    for (const Row &row : firstRows) {
        for (qsizetype i = 0; i < row.size() && i < m_widths.size(); ++i)
            m_widths[i] = std::max(m_widths.at(i), int(cellText(row.at(i)).size()));
    }
    QStringList rules;
    for (int &width : m_widths) {
        width = std::min(width, maxWidth);
        rules.append(QString(width, QLatin1Char('-')));
    }
    return line(columns()) + line(rules);
}

QByteArray TableWriter::formatRows(const QList<Row> &rows)
{
    QByteArray bytes;
    for (const Row &row : rows) {
        QStringList cells;
        for (const QJsonValue &value : row)
            cells.append(cellText(value));
        bytes += line(cells);
    }
    return bytes;
}

QByteArray TableWriter::line(const QStringList &cells) const
{
    QStringList fittedCells;
    for (qsizetype i = 0; i < cells.size() && i < m_widths.size(); ++i)
        fittedCells.append(fitted(cells.at(i), m_widths.at(i)));
    // Control characters in a value would break the layout (or steer the terminal).
    QString text = fittedCells.join(QStringLiteral("  "));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text.toUtf8() + '\n';
}
