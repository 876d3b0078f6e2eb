#include "EventCursor.h"

#include "Prng.h"

#include <QByteArray>
#include <QtEndian>

namespace sandbox {
namespace {

constexpr quint8 kVersion = 1;
constexpr int kPayload = 1 + 1 + 1 + 4 + 2 + 8 + 8 + 8 + 8;
constexpr int kSize = kPayload + 4;

quint32 check(const char *payload)
{
    quint64 h = 0xe7e47c0a5e5eedULL;
    for (int i = 0; i < kPayload; ++i)
        h = Prng::mix(h ^ quint8(payload[i]));
    return quint32(h);
}

} // namespace

QString EventCursor::encode() const
{
    QByteArray bytes(kSize, Qt::Uninitialized);
    char *p = bytes.data();
    p[0] = char(kVersion);
    p[1] = char(kind);
    p[2] = char(descending ? 1 : 0);
    qToBigEndian(position, p + 3);
    qToBigEndian(limit, p + 7);
    qToBigEndian(queryHash, p + 9);
    qToBigEndian(fromMs, p + 17);
    qToBigEndian(toMs, p + 25);
    qToBigEndian(snapshotMs, p + 33);
    qToBigEndian(check(p), p + kPayload);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<EventCursor> EventCursor::decode(const QString &token, Kind kind)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kSize)
        return std::nullopt;
    const char *p = decoded.decoded.constData();
    if (quint8(p[0]) != kVersion || quint8(p[1]) != kind ||
        qFromBigEndian<quint32>(p + kPayload) != check(p))
        return std::nullopt;
    EventCursor cursor;
    cursor.kind = kind;
    cursor.descending = p[2] != 0;
    cursor.position = qFromBigEndian<quint32>(p + 3);
    cursor.limit = qFromBigEndian<quint16>(p + 7);
    cursor.queryHash = qFromBigEndian<quint64>(p + 9);
    cursor.fromMs = qFromBigEndian<qint64>(p + 17);
    cursor.toMs = qFromBigEndian<qint64>(p + 25);
    cursor.snapshotMs = qFromBigEndian<qint64>(p + 33);
    return cursor;
}

} // namespace sandbox
