#include "CsvExport.h"

#include "CsvRecord.h"

#include <QAbstractItemModel>
#include <QIODevice>

QByteArray CsvExport::fromModel(const QAbstractItemModel *model, const QList<int> &columns,
                                const QModelIndex &parent, int role)
{
    QStringList header;
    for (int column : columns)
        header.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    QByteArray csv = CsvRecord::record(header);
    const int rows = model->rowCount(parent);
    QStringList fields;
    for (int row = 0; row < rows; ++row) {
        fields.clear();
        for (int column : columns)
            fields.append(model->index(row, column, parent).data(role).toString());
        csv += CsvRecord::record(fields);
    }
    return csv;
}

bool CsvExport::write(QIODevice *device, const QAbstractItemModel *model, const QList<int> &columns,
                      const QModelIndex &parent, int role)
{
    const QByteArray csv = fromModel(model, columns, parent, role);
    return device->write(csv) == csv.size();
}
