#include "PeopleList.h"

#include <QRegularExpression>

PeopleList PeopleList::parse(const QString &text)
{
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"));
    // Atlassian account ids: "557057:uuid", 24 hex digits, "qm:..." (CATALOG §0.2, §2).
    static const QRegularExpression accountId(QStringLiteral("^[A-Za-z0-9_|:-]{10,128}$"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression quotes(QStringLiteral("^[\"'<(\\[]+|[\"'>)\\]]+$"));
    PeopleList list;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")))) {
        // A line with addresses ("Name <a@b.com>", "a@b.com; c@d.com"): the addresses only;
        // the names around them are not entries of their own.
        bool hadAddress = false;
        for (const QRegularExpressionMatch &match : email.globalMatch(line)) {
            hadAddress = true;
            const QString address = match.captured(0).toLower();
            if (!list.emails.contains(address))
                list.emails.append(address);
        }
        if (hadAddress)
            continue;
        for (QString token : line.split(separators, Qt::SkipEmptyParts)) {
            token.remove(quotes);
            if (token.isEmpty())
                continue;
            if (accountId.match(token).hasMatch() && token.contains(digit)) {
                if (!list.accountIds.contains(token))
                    list.accountIds.append(token);
            } else if (!list.unreadable.contains(token)) {
                list.unreadable.append(token);
            }
        }
    }
    return list;
}
