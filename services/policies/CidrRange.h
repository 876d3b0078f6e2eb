#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// An IPv4 or IPv6 range in CIDR notation ("203.0.113.0/24", "2001:db8::/32"), checked before an
// IP allowlist is sent. A bare address is the range of that one address (/32 or /128).
class CidrRange
{
    Q_DECLARE_TR_FUNCTIONS(CidrRange)

public:
    QHostAddress address;
    int prefix = 0;

    bool isIPv6() const { return address.protocol() == QAbstractSocket::IPv6Protocol; }
    QString toString() const; // canonical: "10.0.0.0/8", "2001:db8::/32"

    // The range, or the reason (a sentence for a person) in `problem`.
    static std::optional<CidrRange> parse(const QString &text, QString *problem = nullptr);

    // One range per line, as typed in the rules editor: blank lines are skipped.
    struct Lines
    {
        QStringList ranges;                  // canonical, in order, each once
        QList<QPair<int, QString>> problems; // (1-based line number, reason)
        bool ok() const { return problems.isEmpty(); }
    };
    static Lines parseLines(const QString &text);
};
