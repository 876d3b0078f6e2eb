#include "PeopleList.h"

#include <QRegularExpression>

PeopleList PeopleList::parse(const QString &text)
{
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"));
    // Atlassian account ids: "557057:uuid", 24 hex digits, "qm:..." (CATALOG §0.2, §2).
    static const QRegularExpression accountId(QStringLiteral("^[A-Za-z0-9_|:-]{10,128}$"));
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    PeopleList list;
    QString rest = text;
    // Addresses first, wherever they are ("Name <a@b.com>", "mailto:a@b.com").
    for (const QRegularExpressionMatch &match : email.globalMatch(text)) {
        const QString address = match.captured(0).toLower();
        if (!list.emails.contains(address))
            list.emails.append(address);
        rest.replace(match.captured(0), QStringLiteral(" "));
    }
    for (QString token : rest.split(separators, Qt::SkipEmptyParts)) {
        token.remove(QRegularExpression(QStringLiteral("^[\"'<(\\[]+|[\"'>)\\]]+$")));
        if (token.isEmpty() || token.compare(QLatin1String("mailto:"), Qt::CaseInsensitive) == 0)
            continue;
        if (accountId.match(token).hasMatch() &&
            token.contains(QRegularExpression(QStringLiteral("[0-9]")))) {
            if (!list.accountIds.contains(token))
                list.accountIds.append(token);
        } else if (!list.unreadable.contains(token)) {
            list.unreadable.append(token);
        }
    }
    return list;
}
