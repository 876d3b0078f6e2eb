#include "CidrRange.h"

#include <QRegularExpression>

namespace {

// Four decimal octets 0-255, nothing else: QHostAddress alone also takes "10.1" and "0x0a.0.0.1".
bool isDottedQuad(const QString &text)
{
    static const QRegularExpression quad(QStringLiteral(
        "^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$"));
    return quad.match(text).hasMatch();
}

} // namespace

QString CidrRange::toString() const
{
    return address.toString() + u'/' + QString::number(prefix);
}

std::optional<CidrRange> CidrRange::parse(const QString &input, QString *problem)
{
    auto fail = [problem](const QString &why) -> std::optional<CidrRange> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("empty"));
    const qsizetype slash = text.indexOf(u'/');
    const QString host = slash < 0 ? text : text.left(slash);
    CidrRange range;
    if (isDottedQuad(host)) {
        range.address.setAddress(host);
    } else if (host.contains(u':') && !host.contains(u'%') && range.address.setAddress(host) &&
               range.address.protocol() == QAbstractSocket::IPv6Protocol) {
    } else {
        return fail(tr("\"%1\" is not an IPv4 or IPv6 address").arg(host));
    }
    const int maxPrefix = range.isIPv6() ? 128 : 32;
    range.prefix = maxPrefix;
    if (slash >= 0) {
        static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
        const QString length = text.mid(slash + 1);
        if (!digits.match(length).hasMatch() || length.toInt() > maxPrefix)
            return fail(
                tr("the prefix length after / must be a number from 0 to %1").arg(maxPrefix));
        range.prefix = length.toInt();
    }
    // The network address of the range: host bits set mean a typo more often than not.
    const auto network = QHostAddress::parseSubnet(host + u'/' + QString::number(range.prefix));
    if (!(network.first == range.address)) {
        return fail(tr("%1 has host bits set; the range is %2/%3")
                        .arg(text, network.first.toString())
                        .arg(range.prefix));
    }
    return range;
}

CidrRange::Lines CidrRange::parseLines(const QString &text)
{
    Lines lines;
    const QStringList all = text.split(u'\n');
    for (int i = 0; i < all.size(); ++i) {
        const QString line = all.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QString problem;
        if (const auto range = parse(line, &problem)) {
            const QString canonical = range->toString();
            if (!lines.ranges.contains(canonical))
                lines.ranges.append(canonical);
        } else {
            lines.problems.append({i + 1, problem});
        }
    }
    return lines;
}
