#include "TextFold.h"

namespace sandbox {
namespace {

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Letters that do not decompose into a base letter and a mark.
QString foldSpecial(char16_t c)
{
    switch (c) {
    case u'ł':
        return QStringLiteral("l");
    case u'ø':
        return QStringLiteral("o");
    case u'đ':
        return QStringLiteral("d");
    case u'ı':
        return QStringLiteral("i");
    case u'ß':
        return QStringLiteral("ss");
    case u'æ':
        return QStringLiteral("ae");
    default:
        return {};
    }
}

} // namespace

QString asciiFold(const QString &text)
{
    const QString decomposed = isAscii(text) ? text : text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out.append(QChar(u));
        else
            out.append(foldSpecial(u));
    }
    return out;
}

QString sortKey(const QString &text)
{
    if (isAscii(text))
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const QChar lower = c.toLower();
        const QString special = foldSpecial(lower.unicode());
        if (special.isEmpty())
            out.append(lower);
        else
            out.append(special);
    }
    return out;
}

} // namespace sandbox
