#include "EventLog.h"

#include "Ids.h"

#include <algorithm>

namespace sandbox {
namespace {

constexpr quint64 kMul1 = 0xd6e8feb86659fd93ULL;
constexpr quint64 kMul2 = 0x9e3779b97f4a7c15ULL;

constexpr quint64 inverse(quint64 odd)
{
    quint64 inv = odd; // Newton's iteration doubles the correct low bits each time
    for (int i = 0; i < 6; ++i)
        inv *= 2 - odd * inv;
    return inv;
}

// A bijection on 64-bit numbers (each step undoes: xor-shift by >= 32 is its own inverse).
quint64 scramble(quint64 x, quint64 key)
{
    x ^= key;
    x *= kMul1;
    x ^= x >> 32;
    x *= kMul2;
    x ^= x >> 32;
    return x;
}

quint64 unscramble(quint64 x, quint64 key)
{
    x ^= x >> 32;
    x *= inverse(kMul2);
    x ^= x >> 32;
    x *= inverse(kMul1);
    return x ^ key;
}

} // namespace

void EventLog::setSeeded(std::vector<EventRecord> records)
{
    std::sort(records.begin(), records.end(), [](const EventRecord &a, const EventRecord &b) {
        return a.processedMs() != b.processedMs() ? a.processedMs() < b.processedMs()
                                                  : a.timeMs < b.timeMs;
    });
    m_records = std::move(records);
    m_details.clear();
    m_maxDelayMs = 0;
    m_byTime.resize(m_records.size());
    for (quint32 i = 0; i < m_records.size(); ++i) {
        m_byTime[i] = i;
        m_maxDelayMs = qMax<qint64>(m_maxDelayMs, m_records[i].delayMs);
    }
    std::sort(m_byTime.begin(), m_byTime.end(), [this](quint32 a, quint32 b) {
        const qint64 ta = m_records[a].timeMs;
        const qint64 tb = m_records[b].timeMs;
        return ta != tb ? ta < tb : a < b;
    });
}

quint32 EventLog::append(EventRecord record, std::optional<EventDetail> detail)
{
    if (!m_records.empty() && record.processedMs() < m_records.back().processedMs())
        record.delayMs = qint32(m_records.back().processedMs() - record.timeMs);
    m_maxDelayMs = qMax<qint64>(m_maxDelayMs, record.delayMs);
    record.hasDetail = detail ? 1 : 0;
    const quint32 index = size();
    m_records.push_back(record);
    if (detail)
        m_details.insert(index, std::move(*detail));
    const auto at =
        std::upper_bound(m_byTime.begin(), m_byTime.end(), record.timeMs,
                         [this](qint64 time, quint32 i) { return time < m_records[i].timeMs; });
    m_byTime.insert(at, index);
    return index;
}

const EventDetail *EventLog::detail(quint32 index) const
{
    const auto it = m_details.constFind(index);
    return it == m_details.cend() ? nullptr : &*it;
}

quint32 EventLog::processedFrom(qint64 ms) const
{
    return quint32(
        std::lower_bound(m_records.begin(), m_records.end(), ms,
                         [](const EventRecord &r, qint64 t) { return r.processedMs() < t; }) -
        m_records.begin());
}

quint32 EventLog::processedAfter(qint64 ms) const
{
    return quint32(
        std::upper_bound(m_records.begin(), m_records.end(), ms,
                         [](qint64 t, const EventRecord &r) { return t < r.processedMs(); }) -
        m_records.begin());
}

quint32 EventLog::timeFrom(qint64 ms) const
{
    return quint32(
        std::lower_bound(m_byTime.begin(), m_byTime.end(), ms,
                         [this](quint32 i, qint64 t) { return m_records[i].timeMs < t; }) -
        m_byTime.begin());
}

quint32 EventLog::timeAfter(qint64 ms) const
{
    return quint32(
        std::upper_bound(m_byTime.begin(), m_byTime.end(), ms,
                         [this](qint64 t, quint32 i) { return t < m_records[i].timeMs; }) -
        m_byTime.begin());
}

QString EventLog::idOf(quint32 index) const
{
    const quint64 a = scramble(index, m_idKey);
    const quint64 b = Prng::mix(a ^ m_idKey);
    const QString hex = hexDigits(a, 16) + hexDigits(b, 16);
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) +
           u'-' + hex.mid(20);
}

std::optional<quint32> EventLog::indexOf(const QString &id) const
{
    QString hex = id;
    hex.remove(u'-');
    if (hex.size() != 32)
        return std::nullopt;
    bool okA = false;
    bool okB = false;
    const quint64 a = hex.left(16).toULongLong(&okA, 16);
    const quint64 b = hex.mid(16).toULongLong(&okB, 16);
    if (!okA || !okB || b != Prng::mix(a ^ m_idKey))
        return std::nullopt;
    const quint64 index = unscramble(a, m_idKey);
    if (index >= m_records.size())
        return std::nullopt;
    return quint32(index);
}

} // namespace sandbox
