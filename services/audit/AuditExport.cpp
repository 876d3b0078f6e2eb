#include "AuditExport.h"

#include "AuditArchive.h"
#include "CsvRecord.h"

#include <QDateTime>
#include <QIODevice>

namespace {

constexpr int exportPage = 1000;

QString person(const QString &name, const QString &email, const QString &id)
{
    if (!name.isEmpty() && !email.isEmpty())
        return QStringLiteral("%1 <%2>").arg(name, email);
    if (!name.isEmpty())
        return name;
    return email.isEmpty() ? id : email;
}

QString itemsText(const QList<AuditEvent::Item> &items)
{
    QStringList names;
    for (const AuditEvent::Item &item : items) {
        const QString text = person(item.name, item.email, item.id);
        if (!text.isEmpty())
            names.append(text);
    }
    return names.join(QStringLiteral("; "));
}

bool put(QIODevice *out, const QByteArray &bytes)
{
    return out->write(bytes) == bytes.size();
}

} // namespace

AuditExport::ActionNames AuditExport::actionNames(const QList<EventAction> &catalogue)
{
    ActionNames names;
    for (const EventAction &action : catalogue) {
        if (!action.displayName.isEmpty())
            names.insert(action.id, action.displayName);
    }
    return names;
}

QStringList AuditExport::csvColumns()
{
    return {QStringLiteral("time"),   QStringLiteral("action"), QStringLiteral("actor"),
            QStringLiteral("target"), QStringLiteral("where"),  QStringLiteral("ip"),
            QStringLiteral("place")};
}

QStringList AuditExport::csvCells(const AuditEvent &event, const ActionNames &names)
{
    return {QDateTime::fromMSecsSinceEpoch(event.timeMs, Qt::UTC).toString(Qt::ISODateWithMs),
            names.value(event.action, event.action),
            person(event.actorName, event.actorEmail, event.actorId),
            itemsText(event.context),
            itemsText(event.container),
            event.ip,
            event.place()};
}

QByteArray AuditExport::csvHeader()
{
    return CsvRecord::record(csvColumns());
}

QByteArray AuditExport::csvLine(const AuditEvent &event, const ActionNames &names)
{
    return CsvRecord::record(csvCells(event, names));
}

QByteArray AuditExport::ndjsonLine(const AuditEvent &event)
{
    return event.json + '\n';
}

qint64 AuditExport::write(const AuditArchive &archive, const AuditFilter &filter, Format format,
                          QIODevice *out, const std::function<bool(qint64)> &progress)
{
    const ActionNames names = actionNames(archive.actions());
    if (format == Format::Csv && !put(out, csvHeader()))
        return -1;
    qint64 written = 0;
    std::optional<AuditArchive::RowKey> after;
    for (;;) {
        const QList<AuditEvent> page = archive.events(filter, exportPage, after);
        QByteArray bytes;
        for (const AuditEvent &event : page)
            bytes += format == Format::Csv ? csvLine(event, names) : ndjsonLine(event);
        if (!put(out, bytes))
            return -1;
        written += page.size();
        if (page.size() < exportPage || (progress && !progress(written)))
            return written;
        after = AuditArchive::RowKey::of(page.constLast());
    }
}
