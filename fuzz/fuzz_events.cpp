// Audit log: stream and search pages, one event ({"data": event}), the action catalogue; the
// text an event is indexed under. An event that parses keeps the JSON it came from, which parses
// to the same event.
#include "AuditEvent.h"
#include "AuditSearchText.h"
#include "FuzzSupport.h"

namespace {

void parseEvent(const QJsonObject &object)
{
    const std::optional<AuditEvent> event = AuditEvent::fromJson(object);
    if (!event)
        return;
    (void)event->place();
    (void)AuditSearchText::indexedText(*event);
    const std::optional<AuditEvent> again = AuditEvent::fromCompactJson(event->json);
    Fuzz::check(again.has_value(), "an event's own JSON parses again");
    Fuzz::check(again->id == event->id && again->action == event->action &&
                    again->timeMs == event->timeMs,
                "an event's own JSON gives the same event");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    Fuzz::forEachObject(json, [](const QJsonObject &object) {
        (void)EventAction::fromJson(object);
        parseEvent(object);
        parseEvent(object.value(QLatin1String("data")).toObject());
    });
    (void)AuditEvent::listFromJson(Fuzz::dataArray(json));
    (void)EventAction::listFromJson(Fuzz::dataArray(json));
    (void)AuditEvent::fromCompactJson(json);
    return 0;
}
