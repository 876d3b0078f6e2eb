// CSV export (the app writes CSV; what it reads back as a list goes through PeopleList): any
// field text makes a record that an RFC 4180 reader splits back into the same fields, and no
// field starts as a spreadsheet formula. The bytes are the fields, separated by NUL.
#include "CsvRecord.h"
#include "FuzzSupport.h"

#include <QStringList>

namespace {

// A strict RFC 4180 reader of one record ending in CRLF; nullopt when the text is not one.
std::optional<QList<QByteArray>> readRecord(const QByteArray &text)
{
    if (!text.endsWith("\r\n"))
        return std::nullopt;
    const QByteArray body = text.chopped(2);
    QList<QByteArray> fields{QByteArray()};
    qsizetype i = 0;
    bool fieldStart = true;
    while (i < body.size()) {
        const char c = body.at(i);
        if (fieldStart && c == '"') {
            ++i;
            for (;;) {
                if (i >= body.size())
                    return std::nullopt;
                if (body.at(i) == '"') {
                    if (i + 1 < body.size() && body.at(i + 1) == '"') {
                        fields.last() += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                fields.last() += body.at(i++);
            }
            if (i < body.size() && body.at(i) != ',')
                return std::nullopt;
            fieldStart = false;
            continue;
        }
        if (c == ',') {
            fields.append(QByteArray());
            fieldStart = true;
        } else if (c == '"' || c == '\r' || c == '\n') {
            return std::nullopt;
        } else {
            fields.last() += c;
            fieldStart = false;
        }
        ++i;
    }
    return fields;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList fields;
    for (const QByteArray &part : Fuzz::bytes(data, size).split('\0'))
        fields.append(QString::fromUtf8(part));
    const auto read = readRecord(CsvRecord::record(fields));
    Fuzz::check(read.has_value(), "the record is valid RFC 4180");
    Fuzz::check(read->size() == fields.size(), "as many fields as written");
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QByteArray expected = fields.at(i).toUtf8();
        const QByteArray &got = read->at(i);
        Fuzz::check(got == expected || got == '\'' + expected, "each field reads back");
        if (!got.isEmpty())
            Fuzz::check(!QByteArrayLiteral("=+-@\t\r").contains(got.front()),
                        "no field starts as a formula");
    }
    return 0;
}
