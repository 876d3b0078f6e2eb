#include "FaultInjector.h"

namespace sandbox {
namespace {

// A burst's 429s say to wait a second (Retry-After counts whole seconds) while the window
// resets sooner, to the millisecond: a client that reads X-RateLimit-Reset waits less.
constexpr int burstResetMs = 300;

FaultRule ruleOf(FaultRule::Kind kind)
{
    FaultRule rule;
    rule.kind = kind;
    return rule;
}

} // namespace

void FaultInjector::add(const FaultRule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

void FaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
    m_writeFraction = 0;
    m_writeKinds.clear();
    m_mix = FaultMix();
    m_burstLeft = 0;
}

void FaultInjector::setWriteFaults(double fraction, const QList<FaultRule> &kinds, quint32 seed)
{
    QMutexLocker lock(&m_mutex);
    m_writeFraction = kinds.isEmpty() ? 0 : qBound(0.0, fraction, 1.0);
    m_writeKinds = kinds;
    m_writeRng = Prng(Prng::derive(seed, 0, 0x6661756c74)); // "fault"
    m_nextWriteKind = 0;
}

void FaultInjector::setMix(const FaultMix &mix)
{
    QMutexLocker lock(&m_mutex);
    m_mix = mix;
    m_mixRng = Prng(Prng::derive(mix.seed, 0, 0x6d6978)); // "mix"
    m_burstLeft = 0;
    m_mixCounts.clear();
}

QMap<QString, int> FaultInjector::mixCounts() const
{
    QMutexLocker lock(&m_mutex);
    return m_mixCounts;
}

std::optional<FaultRule> FaultInjector::take(const QByteArray &method, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (!it->method.isEmpty() && it->method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!it->pathPattern.match(path).hasMatch())
            continue;
        FaultRule hit = *it;
        if (it->count > 0 && --it->count == 0)
            m_rules.erase(it);
        return hit;
    }
    if (path.startsWith(QLatin1String("/sandbox/")))
        return std::nullopt;
    // A POST .../search reads: it is not a write.
    const bool write = (method == "POST" && !path.endsWith(QLatin1String("/search"))) ||
                       method == "PUT" || method == "PATCH" || method == "DELETE";
    if (write && m_writeFraction > 0 && m_writeRng.chance(m_writeFraction)) {
        const FaultRule hit = m_writeKinds.at(m_nextWriteKind);
        m_nextWriteKind = (m_nextWriteKind + 1) % int(m_writeKinds.size());
        return hit;
    }
    return takeFromMix(write);
}

std::optional<FaultRule> FaultInjector::takeFromMix(bool write)
{
    FaultRule tooMany = ruleOf(FaultRule::Status);
    tooMany.status = 429;
    tooMany.retryAfter = "1";
    tooMany.rateLimitResetMs = burstResetMs;
    if (m_burstLeft > 0) {
        --m_burstLeft;
        ++m_mixCounts[FaultMix::kindName(FaultMix::Kind::RateLimitBurst)];
        return tooMany;
    }
    if (m_mix.isEmpty())
        return std::nullopt;
    // One draw per request whatever the mix holds, so that a request's fate depends only on
    // the seed and its place in the order of arrival.
    const double draw = m_mixRng.unit();
    const bool applyFirst = m_mixRng.chance(0.5);
    double upTo = 0;
    for (const FaultMix::Entry &entry : std::as_const(m_mix.entries)) {
        upTo += entry.fraction;
        if (draw >= upTo)
            continue;
        ++m_mixCounts[FaultMix::kindName(entry.kind)];
        // What a write meets, and whether the server applied it (a real server may have):
        // - 5xx: refused before acting (a gateway or an overloaded server): not applied.
        // - drop: half the drops come after the write was applied (only the answer is lost),
        //   half before it reached the server's logic: a client cannot tell them apart.
        // - slow, malformed, truncated, wrongshape: applied; only the answer is late or garbled.
        switch (entry.kind) {
        case FaultMix::Kind::ServerError: {
            FaultRule rule = ruleOf(FaultRule::Status);
            rule.status = entry.param;
            return rule;
        }
        case FaultMix::Kind::Drop: {
            FaultRule rule = ruleOf(FaultRule::DropConnection);
            rule.applyBeforeDrop = write && applyFirst;
            return rule;
        }
        case FaultMix::Kind::Slow: {
            FaultRule rule = ruleOf(FaultRule::Delay);
            rule.delayMs = entry.param;
            return rule;
        }
        case FaultMix::Kind::Malformed:
            return ruleOf(FaultRule::NotJson);
        case FaultMix::Kind::Truncated:
            return ruleOf(FaultRule::MalformedBody);
        case FaultMix::Kind::WrongShape:
            return ruleOf(FaultRule::WrongShape);
        case FaultMix::Kind::RateLimitBurst:
            m_burstLeft = entry.param - 1;
            return tooMany;
        }
    }
    return std::nullopt;
}

} // namespace sandbox
