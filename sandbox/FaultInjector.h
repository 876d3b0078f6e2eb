#pragma once

#include "FaultMix.h"
#include "Prng.h"
#include "SandboxTypes.h"

#include <QMap>
#include <QMutex>

#include <optional>

namespace sandbox {

// The faults tests asked for, consumed by the requests they match. Thread-safe.
class FaultInjector
{
public:
    void add(const FaultRule &rule);
    void clear(); // the rules, the write faults and the mix

    // Fails `fraction` (0..1) of the writes (POST but searches, PUT, PATCH, DELETE) that no rule
    // matched, each with one of `kinds` in turn (a FaultRule's kind, status and delay; its path and
    // count are ignored). Which writes fail follows from `seed` and the order of the writes.
    void setWriteFaults(double fraction, const QList<FaultRule> &kinds, quint32 seed);

    // Every request (reads and writes) that neither a rule nor the write faults hit draws from
    // the mix (see FaultMix). An empty mix turns it off.
    void setMix(const FaultMix &mix);

    // How many requests met each kind of the mix's faults (FaultMix::kindName) since setMix().
    QMap<QString, int> mixCounts() const;

    // The first rule matching this request, counted as used once; nothing when none matches.
    std::optional<FaultRule> take(const QByteArray &method, const QString &path);

private:
    std::optional<FaultRule> takeFromMix(bool write);

    mutable QMutex m_mutex;
    QList<FaultRule> m_rules;
    double m_writeFraction = 0;
    QList<FaultRule> m_writeKinds;
    Prng m_writeRng{0};
    int m_nextWriteKind = 0;
    FaultMix m_mix;
    Prng m_mixRng{0};
    int m_burstLeft = 0; // 429s still to send in the current burst
    QMap<QString, int> m_mixCounts;
};

} // namespace sandbox
