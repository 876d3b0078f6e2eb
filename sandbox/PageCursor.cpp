#include "PageCursor.h"

#include "Prng.h"

#include <QByteArray>
#include <QtEndian>

namespace sandbox {
namespace {

constexpr quint8 kVersion = 1;
constexpr int kSize = 1 + 4 + 1 + 8 + 4;

quint32 check(const char *payload, int size)
{
    quint64 h = 0x5eed5a9db0c5a11dULL;
    for (int i = 0; i < size; ++i)
        h = Prng::mix(h ^ quint8(payload[i]));
    return quint32(h);
}

} // namespace

QString PageCursor::encode() const
{
    QByteArray bytes(kSize, Qt::Uninitialized);
    char *p = bytes.data();
    p[0] = char(kVersion);
    qToBigEndian(offset, p + 1);
    p[5] = char(limit);
    qToBigEndian(queryHash, p + 6);
    qToBigEndian(check(p, kSize - 4), p + kSize - 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<PageCursor> PageCursor::decode(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kSize)
        return std::nullopt;
    const char *p = decoded.decoded.constData();
    if (quint8(p[0]) != kVersion || qFromBigEndian<quint32>(p + kSize - 4) != check(p, kSize - 4))
        return std::nullopt;
    PageCursor cursor;
    cursor.offset = qFromBigEndian<quint32>(p + 1);
    cursor.limit = quint8(p[5]);
    cursor.queryHash = qFromBigEndian<quint64>(p + 6);
    return cursor;
}

} // namespace sandbox
