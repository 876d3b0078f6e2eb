#pragma once

#include "ScimLinkCheck.h"

#include <QByteArray>
#include <QStringList>

// The link report as rows: the same columns for CSV files, the CLI's json and table, and the
// window's export.
namespace ScimLinkReportCsv {

QStringList columns();
QStringList fields(const ScimLinkFinding &finding);
// A header line and one record per finding (RFC 4180, formula-safe: see CsvRecord).
QByteArray toCsv(const QList<ScimLinkFinding> &findings);

} // namespace ScimLinkReportCsv
