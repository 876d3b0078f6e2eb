#pragma once

#include "ApiExchange.h"
#include "EventLog.h"

#include <QJsonArray>

#include <memory>
#include <optional>

namespace sandbox {

class OrgStore;
struct EventControls;

// The one place where the sandbox's writes become audit-log events: a table from method and
// path to the action and to how its context is found. The front end calls prepare() before a
// write runs (what it acts on may be gone afterwards: a deleted token, a reused group slot)
// and record() once it succeeded.
class WriteEvents
{
public:
    WriteEvents(OrgStore &store, std::shared_ptr<EventLog> log, const EventControls &controls);

    struct Pending
    {
        int rule = -1;
        QStringList params; // the path's captures, decoded
        int subject = -1;   // the person acted on (user index)
        QJsonArray context; // what is known before the write
        QString subjectName;
        QString targetName;
        int product = -1; // the Product a role or access change is about
    };

    std::optional<Pending> prepare(const ApiRequest &request) const;
    // `keyOrder` tells the calling key apart (KeyRing::order): 0 is the sandbox's own key.
    void record(Pending pending, const ApiRequest &request, const ApiResponse &response,
                int keyOrder, bool scopedKey);

private:
    void describe(Pending &pending, const ApiRequest &request) const;
    void complete(Pending &pending, const ApiRequest &request, const ApiResponse &response) const;
    int keyRecord(int keyOrder, bool scoped) const; // index into EventNames::keys, or -1
    int userByAccountId(const QString &accountId) const;

    OrgStore &m_store;
    std::shared_ptr<EventLog> m_log;
    const EventControls &m_controls;
};

} // namespace sandbox
