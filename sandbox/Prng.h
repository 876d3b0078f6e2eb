#pragma once

#include <QtGlobal>

namespace sandbox {

// A small deterministic generator (SplitMix64): the same seed gives the same sequence on every
// platform and Qt version, unlike std::rand or QRandomGenerator's unseeded streams.
class Prng
{
public:
    explicit Prng(quint64 seed) : m_state(seed) {}

    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // A well-spread seed for the stream of item `index` under `seed`, so that item i comes out
    // the same whatever the number of items generated.
    static quint64 derive(quint64 seed, quint64 index, quint64 salt = 0)
    {
        return mix(mix(seed + 0x9e3779b97f4a7c15ULL * (index + 1)) ^
                   (salt * 0xd6e8feb86659fd93ULL));
    }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }

    // Uniform in [0, bound); bound must be > 0.
    quint32 below(quint32 bound) { return quint32((next() >> 32) * bound >> 32); }

    // Uniform in [lo, hi].
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }

    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return unit() < probability; }

    template <typename Container> const auto &pick(const Container &items)
    {
        return items[below(quint32(std::size(items)))];
    }

private:
    quint64 m_state;
};

} // namespace sandbox
