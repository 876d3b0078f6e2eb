#include "JsonSlices.h"

namespace {

struct Cursor
{
    const char *at;
    const char *end;

    bool atEnd() const { return at >= end; }
    void skipSpace()
    {
        while (at < end && (*at == ' ' || *at == '\n' || *at == '\r' || *at == '\t'))
            ++at;
    }
    bool take(char c)
    {
        skipSpace();
        if (at < end && *at == c) {
            ++at;
            return true;
        }
        return false;
    }
    // Past a string whose opening quote `at` is on.
    bool skipString()
    {
        for (++at; at < end; ++at) {
            if (*at == '\\')
                ++at;
            else if (*at == '"') {
                ++at;
                return true;
            }
        }
        return false;
    }
    // Past one value: a string, an object or array with all it holds, or a literal.
    bool skipValue()
    {
        skipSpace();
        if (atEnd())
            return false;
        if (*at == '"')
            return skipString();
        if (*at == '{' || *at == '[') {
            int depth = 0;
            while (at < end) {
                const char c = *at;
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++at;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        const char *start = at;
        while (at < end && *at != ',' && *at != '}' && *at != ']' && *at != ' ' && *at != '\n' &&
               *at != '\r' && *at != '\t')
            ++at;
        return at > start;
    }
    // Nothing but white space left.
    bool finished()
    {
        skipSpace();
        return atEnd();
    }
};

QByteArrayView between(const char *from, const char *to)
{
    return QByteArrayView(from, to - from);
}

} // namespace

namespace JsonSlices {

std::optional<QList<QPair<QByteArrayView, QByteArrayView>>> members(QByteArrayView text)
{
    Cursor cursor{text.data(), text.data() + text.size()};
    QList<QPair<QByteArrayView, QByteArrayView>> result;
    if (!cursor.take('{'))
        return std::nullopt;
    if (cursor.take('}'))
        return cursor.finished() ? std::optional(result) : std::nullopt;
    do {
        cursor.skipSpace();
        if (cursor.atEnd() || *cursor.at != '"')
            return std::nullopt;
        const char *nameStart = cursor.at + 1;
        if (!cursor.skipString())
            return std::nullopt;
        const QByteArrayView name = between(nameStart, cursor.at - 1);
        if (!cursor.take(':'))
            return std::nullopt;
        cursor.skipSpace();
        const char *valueStart = cursor.at;
        if (!cursor.skipValue())
            return std::nullopt;
        result.append({name, between(valueStart, cursor.at)});
    } while (cursor.take(','));
    if (!cursor.take('}') || !cursor.finished())
        return std::nullopt;
    return result;
}

std::optional<QList<QByteArrayView>> elements(QByteArrayView text)
{
    Cursor cursor{text.data(), text.data() + text.size()};
    QList<QByteArrayView> result;
    if (!cursor.take('['))
        return std::nullopt;
    if (cursor.take(']'))
        return cursor.finished() ? std::optional(result) : std::nullopt;
    do {
        cursor.skipSpace();
        const char *start = cursor.at;
        if (!cursor.skipValue())
            return std::nullopt;
        result.append(between(start, cursor.at));
    } while (cursor.take(','));
    if (!cursor.take(']') || !cursor.finished())
        return std::nullopt;
    return result;
}

} // namespace JsonSlices
