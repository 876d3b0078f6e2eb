#pragma once

#include <QByteArray>
#include <QStringList>

// One CSV record as RFC 4180 describes it: fields separated by commas, ended by CRLF, a field
// quoted when it holds a comma, a quote, CR or LF, and quotes inside doubled. UTF-8.
//
// A field that a spreadsheet would run as a formula (it begins with = + - @, a tab or a CR) is
// written with a leading apostrophe: exports hold names and labels that anyone in the
// organization can choose, and opening the file must not run what they typed.
namespace CsvRecord {

QByteArray field(const QString &text);
QByteArray record(const QStringList &fields);

} // namespace CsvRecord
