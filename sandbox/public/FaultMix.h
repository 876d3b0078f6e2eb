#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

// A seeded mix of faults over every route, read from a spec such as
// "5xx=0.1,drop=0.05,slow=0.05:3000,malformed=0.02,truncated=0.02,wrongshape=0.02,429burst=0.02:4".
// Each request that no explicit rule matched draws once: it meets at most one fault, each kind
// with its fraction of the requests. Which requests fail follows from the seed and the order in
// which the requests arrive.
class FaultMix
{
public:
    enum class Kind {
        ServerError,    // 5xx=F[:status]  an error answer (default 503); a write is not applied
        Drop,           // drop=F          the connection closes without an answer
        Slow,           // slow=F[:ms]     the answer comes this late (default 3000 ms)
        Malformed,      // malformed=F     200 with a body that is not JSON
        Truncated,      // truncated=F     200 with the real body cut short
        WrongShape,     // wrongshape=F    200 with a string where the body's list is
        RateLimitBurst, // 429burst=F[:n]  this and the next n-1 requests get 429 (default 3)
    };

    struct Entry
    {
        Kind kind = Kind::ServerError;
        double fraction = 0; // 0..1
        int param = 0;       // the status, the delay in ms or the burst's length
    };

    // The mix a spec describes, or nothing with `error` naming the part that is wrong.
    static std::optional<FaultMix> parse(const QString &spec, QString *error = nullptr);

    QList<Entry> entries;
    quint32 seed = 1;

    bool isEmpty() const { return entries.isEmpty(); }
    static QString kindName(Kind kind);
};

} // namespace sandbox
