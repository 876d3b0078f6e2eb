#include "OutputFormat.h"

#include "CliExit.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileDevice>

#include <unistd.h>

std::optional<OutputFormat> parseOutputFormat(const QString &name)
{
    if (name == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (name == QLatin1String("json"))
        return OutputFormat::Json;
    if (name == QLatin1String("table"))
        return OutputFormat::Table;
    return std::nullopt;
}

std::optional<OutputFormat> chosenOutputFormat(const QCommandLineParser &parser,
                                               const QString &option, QString *problem)
{
    if (!parser.isSet(option))
        return isatty(STDOUT_FILENO) == 1 ? OutputFormat::Table : OutputFormat::Csv;
    const std::optional<OutputFormat> format = parseOutputFormat(parser.value(option));
    if (!format)
        *problem = QStringLiteral("--format must be csv, json or table, not '%1'.")
                       .arg(parser.value(option));
    return format;
}

QString cellText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

RowWriter::RowWriter(QIODevice *out, QStringList columns)
    : m_out(out), m_columns(std::move(columns))
{}

RowWriter::~RowWriter() = default;

bool RowWriter::write(const QList<Row> &rows)
{
    QByteArray bytes;
    if (!m_opened) {
        bytes = opening(rows);
        m_opened = true;
    }
    bytes += formatRows(rows);
    return put(bytes);
}

bool RowWriter::finish()
{
    QByteArray bytes;
    if (!m_opened) {
        bytes = opening({});
        m_opened = true;
    }
    bytes += closing();
    return put(bytes);
}

bool RowWriter::put(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    if (m_out->write(bytes) != bytes.size())
        return false;
    if (auto *file = qobject_cast<QFileDevice *>(m_out))
        return file->flush();
    return true;
}

std::unique_ptr<RowWriter> makeRowWriter(OutputFormat format, QIODevice *out,
                                         const QStringList &columns)
{
    switch (format) {
    case OutputFormat::Csv:
        return std::make_unique<CsvWriter>(out, columns);
    case OutputFormat::Json:
        return std::make_unique<JsonWriter>(out, columns);
    case OutputFormat::Table:
        return std::make_unique<TableWriter>(out, columns);
    }
    return nullptr;
}

bool openStandardOutput(QFile &out)
{
    if (out.open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
        return true;
    printErrorLine(QStringLiteral("cannot write to standard output."));
    return false;
}
