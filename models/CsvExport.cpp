#include "CsvExport.h"

#include <QAbstractItemModel>
#include <QIODevice>

QByteArray CsvExport::field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    const bool quote =
        bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n');
    if (!quote)
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray CsvExport::record(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += field(fields.at(i));
    }
    return line + "\r\n";
}

QByteArray CsvExport::fromModel(const QAbstractItemModel *model, const QList<int> &columns,
                                const QModelIndex &parent, int role)
{
    QStringList header;
    for (int column : columns)
        header.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    QByteArray csv = record(header);
    const int rows = model->rowCount(parent);
    QStringList fields;
    for (int row = 0; row < rows; ++row) {
        fields.clear();
        for (int column : columns)
            fields.append(model->index(row, column, parent).data(role).toString());
        csv += record(fields);
    }
    return csv;
}

bool CsvExport::write(QIODevice *device, const QAbstractItemModel *model, const QList<int> &columns,
                      const QModelIndex &parent, int role)
{
    const QByteArray csv = fromModel(model, columns, parent, role);
    return device->write(csv) == csv.size();
}
