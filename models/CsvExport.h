#pragma once

#include <QByteArray>
#include <QList>
#include <QModelIndex>
#include <QStringList>

class QAbstractItemModel;
class QIODevice;

// A table model as CSV, one CsvRecord per row.
class CsvExport
{
public:
    // The header and the rows of `model` under `parent`, in the model's (or a proxy's) order,
    // with only `columns`, in that order: what a view shows, as the view shows it.
    static QByteArray fromModel(const QAbstractItemModel *model, const QList<int> &columns,
                                const QModelIndex &parent = {}, int role = Qt::DisplayRole);
    // Writes fromModel() to `device`; false when the device refused the bytes.
    static bool write(QIODevice *device, const QAbstractItemModel *model, const QList<int> &columns,
                      const QModelIndex &parent = {}, int role = Qt::DisplayRole);
};
