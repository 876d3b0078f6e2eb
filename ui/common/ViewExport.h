#pragma once

#include <QList>
#include <QString>

class QHeaderView;
class QTableView;
class QWidget;

// "Export what you see": a table view's rows, in the view's order (sorted and filtered by its
// proxy), with its visible columns in the order they are shown, as CSV (RFC 4180, UTF-8).
namespace ViewExport {

// The logical columns the header shows, in visual order.
QList<int> visibleColumns(const QHeaderView *header);

// Writes the view to `path` (atomically), each cell's `role` (the display text by default);
// false with `error` in words when it cannot.
bool toCsvFile(const QTableView *view, const QString &path, QString *error,
               int role = Qt::DisplayRole);

// Asks for a file (a save dialog, not blocking) and writes it; a failure is shown in a message.
void askAndExport(QTableView *view, const QString &suggestedName, QWidget *parent,
                  int role = Qt::DisplayRole);

} // namespace ViewExport
