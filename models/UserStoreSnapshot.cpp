#include "UserStoreSnapshot.h"

#include <array>
#include <cstring>
#include <type_traits>

namespace UserStoreSnapshot {

namespace {

// Read as a number: a snapshot written with another byte order does not match.
constexpr quint32 magic = 0x4f445332; // "ODS2"
constexpr qsizetype rowsPerChunk = 4096;

// A row's numbers, copied as they are in memory.
struct Facts
{
    qint64 addedToOrgMs;
    qint64 deactivatedOnMs;
    qint64 lastActiveMs;
    UserStore::TextId texts[12];
    quint16 accessCount;
    qint16 resourceCount;
    qint8 mfa;
    quint8 emailVerified;
    quint8 unused[2]; // no padding: every byte written is set
};
static_assert(sizeof(Facts) == 80);
static_assert(std::is_trivially_copyable_v<Facts>);
static_assert(std::is_trivially_copyable_v<UserStore::Access>);

// The fields of a row that are dictionary entries, in Facts::texts' order.
template <typename RowType> auto textFields(RowType &row)
{
    return std::array{&row.accountType,      &row.status,      &row.accountStatus,
                      &row.membershipStatus, &row.claimStatus, &row.managementSource,
                      &row.jobTitle,         &row.department,  &row.organization,
                      &row.location,         &row.timeZone,    &row.platformRoles};
}

template <typename T> void put(QByteArray &out, const T &value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof(T));
}

void putBytes(QByteArray &out, const QByteArray &bytes)
{
    put(out, quint32(bytes.size()));
    out.append(bytes);
}

void putText(QByteArray &out, const QString &text)
{
    put(out, quint32(text.size()));
    out.append(reinterpret_cast<const char *>(text.constData()), text.size() * 2);
}

// Reads a chunk front to back; every read checks what is left.
class Cursor
{
public:
    explicit Cursor(const QByteArray &data) : m_at(data.constData()), m_left(data.size()) {}

    template <typename T> bool get(T *value)
    {
        if (m_left < qsizetype(sizeof(T)))
            return false;
        std::memcpy(value, m_at, sizeof(T));
        skip(sizeof(T));
        return true;
    }

    bool getText(QString *text)
    {
        quint32 length = 0;
        if (!get(&length) || length > quint64(m_left) / 2)
            return false;
        if (length == 0) {
            *text = QString(); // as the store keeps "nothing"
            return true;
        }
        *text = QString(qsizetype(length), Qt::Uninitialized);
        std::memcpy(text->data(), m_at, length * 2);
        skip(length * 2);
        return true;
    }

    bool getBytes(QByteArray *bytes)
    {
        quint32 length = 0;
        if (!get(&length) || length > quint64(m_left))
            return false;
        *bytes = QByteArray(m_at, qsizetype(length));
        skip(length);
        return true;
    }

    bool atEnd() const { return m_left == 0; }

private:
    void skip(qsizetype bytes)
    {
        m_at += bytes;
        m_left -= bytes;
    }

    const char *m_at;
    qsizetype m_left;
};

} // namespace

QByteArray Writer::next()
{
    QByteArray chunk;
    if (m_written < 0) {
        m_order = m_store.nameOrder();
        put(chunk, magic);
        put(chunk, quint32(m_store.size()));
        put(chunk, quint32(m_store.texts().size()));
        for (const QString &text : m_store.texts())
            putText(chunk, text);
        m_written = 0;
        return chunk;
    }
    const qsizetype end = qMin(m_written + rowsPerChunk, m_order.size());
    if (m_written == end)
        return chunk;
    put(chunk, quint32(end - m_written));
    for (; m_written < end; ++m_written) {
        const UserStore::Row &row = m_store.row(m_order.at(m_written));
        Facts facts{row.addedToOrgMs,
                    row.deactivatedOnMs,
                    row.lastActiveMs,
                    {},
                    row.accessCount,
                    row.resourceCount,
                    row.mfa,
                    row.emailVerified,
                    {}};
        const auto fields = textFields(row);
        for (size_t i = 0; i < fields.size(); ++i)
            facts.texts[i] = *fields[i];
        put(chunk, facts);
        for (const QString *text : {&row.accountId, &row.name, &row.nickname, &row.email})
            putText(chunk, *text);
        putBytes(chunk, row.orderKey);
        for (quint32 i = 0; i < row.accessCount; ++i)
            put(chunk, m_store.access(row.firstAccess + i));
    }
    return chunk;
}

bool Reader::take(const QByteArray &chunk)
{
    if (m_expectedRows >= 0)
        return takeRows(chunk);
    Cursor in(chunk);
    quint32 mark = 0;
    quint32 rows = 0;
    quint32 textCount = 0;
    if (!in.get(&mark) || mark != magic || !in.get(&rows) || !in.get(&textCount) || textCount == 0)
        return false;
    QStringList texts;
    texts.reserve(qMin<quint32>(textCount, 1 << 16));
    for (quint32 i = 0; i < textCount; ++i) {
        QString text;
        if (!in.getText(&text))
            return false;
        texts.append(text);
    }
    if (!in.atEnd() || !texts.first().isEmpty())
        return false;
    m_store.clear();
    m_store.setTexts(texts);
    m_store.reserve(rows);
    m_expectedRows = rows;
    return true;
}

bool Reader::takeRows(const QByteArray &chunk)
{
    Cursor in(chunk);
    quint32 rows = 0;
    if (!in.get(&rows) || m_store.size() + rows > m_expectedRows)
        return false;
    const auto textCount = quint32(m_store.texts().size());
    QList<UserStore::Access> access;
    for (quint32 n = 0; n < rows; ++n) {
        Facts facts;
        UserStore::Row row;
        if (!in.get(&facts) || !in.getText(&row.accountId) || !in.getText(&row.name) ||
            !in.getText(&row.nickname) || !in.getText(&row.email) || !in.getBytes(&row.orderKey))
            return false;
        const auto fields = textFields(row);
        for (size_t i = 0; i < fields.size(); ++i) {
            if (facts.texts[i] >= textCount)
                return false;
            *fields[i] = facts.texts[i];
        }
        row.addedToOrgMs = facts.addedToOrgMs;
        row.deactivatedOnMs = facts.deactivatedOnMs;
        row.lastActiveMs = facts.lastActiveMs;
        row.accessCount = facts.accessCount;
        row.resourceCount = facts.resourceCount;
        row.mfa = facts.mfa;
        row.emailVerified = facts.emailVerified != 0;
        access.resize(facts.accessCount);
        for (UserStore::Access &entry : access) {
            if (!in.get(&entry) || entry.key >= textCount || entry.site >= textCount)
                return false;
        }
        if (row.accountId.isEmpty())
            return false;
        m_store.appendRow(std::move(row), access.constData());
    }
    return in.atEnd();
}

bool Reader::isComplete() const
{
    return m_expectedRows >= 0 && m_store.size() == m_expectedRows;
}

} // namespace UserStoreSnapshot
