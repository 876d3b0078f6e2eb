#include "ViewExport.h"

#include "CsvExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>

namespace ViewExport {

QList<int> visibleColumns(const QHeaderView *header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

bool toCsvFile(const QTableView *view, const QString &path, QString *error, int role)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!CsvExport::write(&file, view->model(), visibleColumns(view->horizontalHeader()), {},
                          role) ||
        !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void askAndExport(QTableView *view, const QString &suggestedName, QWidget *parent, int role)
{
    auto *dialog =
        new QFileDialog(parent, QCoreApplication::translate("ViewExport", "Export as CSV"),
                        QDir::home().filePath(suggestedName),
                        QCoreApplication::translate("ViewExport", "CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &QFileDialog::fileSelected, view, [view, parent, role](const QString &path) {
            QString error;
            if (toCsvFile(view, path, &error, role))
                return;
            auto *box = new QMessageBox(
                QMessageBox::Warning, QCoreApplication::translate("ViewExport", "Export as CSV"),
                QCoreApplication::translate("ViewExport", "Could not write %1: %2")
                    .arg(path, error),
                QMessageBox::Close, parent);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    dialog->open();
}

} // namespace ViewExport
