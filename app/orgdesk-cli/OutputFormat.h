#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;
class QIODevice;

enum class OutputFormat { Csv, Json, Table };

// "csv", "json" or "table"; std::nullopt for anything else.
std::optional<OutputFormat> parseOutputFormat(const QString &name);
// The format the option of that name (--format) gives, or, when it is not given, a table at a
// terminal and csv into a pipe or a file; std::nullopt with `problem` said when it names none of
// the three.
std::optional<OutputFormat> chosenOutputFormat(const QCommandLineParser &parser,
                                               const QString &option, QString *problem);

// One output row: a value per column (string, bool, or null when unknown).
using Row = QList<QJsonValue>;

// The text of a cell in csv and table output: strings as they are, true/false, empty for null.
QString cellText(const QJsonValue &value);

// Writes rows to a device as they arrive, so a listing of any size is never held in memory.
// The opening (header, '[') goes out with the first rows, or at finish() when none came: a
// listing that fails before its first page leaves the output empty.
class RowWriter
{
public:
    RowWriter(QIODevice *out, QStringList columns);
    virtual ~RowWriter();

    // Both return false when the device refused the bytes (a full disk, a closed pipe).
    bool write(const QList<Row> &rows);
    // Completes the output. Not called after a failure: a cut-off JSON array stays invalid.
    bool finish();

protected:
    const QStringList &columns() const { return m_columns; }

    virtual QByteArray opening(const QList<Row> &firstRows) = 0;
    virtual QByteArray formatRows(const QList<Row> &rows) = 0;
    virtual QByteArray closing() = 0;

private:
    bool put(const QByteArray &bytes);

    QIODevice *m_out;
    QStringList m_columns;
    bool m_opened = false;
};

// RFC 4180: a header line, CRLF line ends, fields quoted when they hold a comma, a quote or a
// line break, quotes doubled.
class CsvWriter : public RowWriter
{
public:
    using RowWriter::RowWriter;

protected:
    QByteArray opening(const QList<Row> &firstRows) override;
    QByteArray formatRows(const QList<Row> &rows) override;
    QByteArray closing() override { return {}; }
};

// One JSON array of objects keyed by column name, written object by object.
class JsonWriter : public RowWriter
{
public:
    using RowWriter::RowWriter;

protected:
    QByteArray opening(const QList<Row> &firstRows) override;
    QByteArray formatRows(const QList<Row> &rows) override;
    QByteArray closing() override;

private:
    bool m_anyRow = false;
};

// Aligned columns for a person at a terminal. Widths come from the header and the first page
// (at most maxWidth); longer values later are cut with an ellipsis.
class TableWriter : public RowWriter
{
public:
    using RowWriter::RowWriter;
    static constexpr int maxWidth = 48;

protected:
    QByteArray opening(const QList<Row> &firstRows) override;
    QByteArray formatRows(const QList<Row> &rows) override;
    QByteArray closing() override { return {}; }

private:
    QByteArray line(const QStringList &cells) const;

    QList<int> m_widths;
};

std::unique_ptr<RowWriter> makeRowWriter(OutputFormat format, QIODevice *out,
                                         const QStringList &columns);

class QFile;
// Opens `out` on standard output for the rows; says why on stderr when it cannot.
bool openStandardOutput(QFile &out);
