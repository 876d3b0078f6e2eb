// CIDR ranges as typed in the IP allowlist editor or read from a policy: one range, and a text
// of one range per line.
#include "CidrRange.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    QString problem;
    if (const auto range = CidrRange::parse(text, &problem)) {
        Fuzz::check(range->prefix >= 0 && range->prefix <= (range->isIPv6() ? 128 : 32),
                    "the prefix fits the address");
        // The canonical text reads back as the same range.
        const auto again = CidrRange::parse(range->toString());
        Fuzz::check(again && again->toString() == range->toString(), "canonical text round trip");
    } else {
        Fuzz::check(!problem.isEmpty(), "a refused range says why");
    }
    const CidrRange::Lines lines = CidrRange::parseLines(text);
    for (const QString &canonical : lines.ranges)
        Fuzz::check(CidrRange::parse(canonical).has_value(), "each accepted line is a range");
    return 0;
}
