#pragma once

#include "Prng.h"

#include <QString>

namespace sandbox {

// Identifier formats of the admin APIs, made from a deterministic generator.

inline QString hexDigits(quint64 value, int width)
{
    return QString::number(value, 16).rightJustified(width, u'0').right(width);
}

// A version-4 style UUID: 8-4-4-4-12 lowercase hex.
inline QString uuidFrom(Prng &rng)
{
    const quint64 a = rng.next();
    const quint64 b = rng.next();
    return hexDigits(a >> 32, 8) + u'-' + hexDigits((a >> 16) & 0xffff, 4) + u'-' +
           hexDigits(0x4000 | (a & 0x0fff), 4) + u'-' +
           hexDigits(0x8000 | ((b >> 48) & 0x3fff), 4) + u'-' +
           hexDigits(b & 0xffffffffffffULL, 12);
}

// An Atlassian account id for the user at `index`: either 24 hex digits
// ("5b10ac8d82e05b22cc7d4ef5") or "712020:<uuid>". The index is folded in bijectively, so two
// users never share an id.
inline QString accountIdFrom(Prng &rng, quint32 index, quint32 salt)
{
    const quint32 unique = (index * 0x9e3779b1u) ^ salt; // odd multiplier: a bijection
    if (rng.chance(0.7))
        return hexDigits(rng.next(), 16) + hexDigits(unique, 8);
    const quint64 a = rng.next();
    const quint64 b = rng.next();
    return QStringLiteral("712020:") + hexDigits(a >> 32, 8) + u'-' +
           hexDigits((a >> 16) & 0xffff, 4) + u'-' + hexDigits(0x4000 | (a & 0x0fff), 4) + u'-' +
           hexDigits(0x8000 | ((b >> 48) & 0x3fff), 4) + u'-' + hexDigits(b & 0xffff, 4) +
           hexDigits(unique, 8);
}

} // namespace sandbox
