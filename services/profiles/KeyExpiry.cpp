#include "KeyExpiry.h"

#include <QLocale>

namespace {

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

KeyExpiry::Clock KeyExpiry::systemClock()
{
    return [] { return QDate::currentDate(); };
}

qint64 KeyExpiry::daysLeft(const QDate &expiry, const QDate &today)
{
    return today.daysTo(expiry);
}

KeyExpiry::Level KeyExpiry::level(const QDate &expiry, const QDate &today)
{
    if (!expiry.isValid() || !today.isValid())
        return Level::Unknown;
    const qint64 days = daysLeft(expiry, today);
    if (days < 0)
        return Level::Expired;
    if (days <= criticalDays)
        return Level::Critical;
    if (days <= urgentDays)
        return Level::Urgent;
    if (days <= soonDays)
        return Level::Soon;
    return Level::Fine;
}

QDate KeyExpiry::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid())
        return date;
    const QLocale locale;
    for (QLocale::FormatType format : {QLocale::ShortFormat, QLocale::LongFormat}) {
        date = locale.toDate(trimmed, format);
        if (date.isValid())
            return date.year() < 100 ? date.addYears(2000) : date;
    }
    const QLocale english = QLocale::c();
    static const char *const atlassianFormats[] = {"MMM d, yyyy", "MMMM d, yyyy", "d MMM yyyy",
                                                   "d MMMM yyyy"};
    for (const char *format : atlassianFormats) {
        date = english.toDate(trimmed, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return QDate();
}

QString KeyExpiry::rotateAdvice()
{
    return tr("Create a new key in Atlassian Administration under Settings > API keys, then "
              "choose Rotate key to replace it here.");
}

QString KeyExpiry::message(const QString &profileName, const QDate &expiry, const QDate &today)
{
    const qint64 days = daysLeft(expiry, today);
    switch (level(expiry, today)) {
    case Level::Unknown:
    case Level::Fine:
        return QString();
    case Level::Soon:
    case Level::Urgent:
        // Two days or more here: "today" and "tomorrow" are Critical.
        return tr("The API key of \"%1\" expires in %2 days, on %3.")
            .arg(profileName)
            .arg(days)
            .arg(longDate(expiry));
    case Level::Critical:
        if (days == 0)
            return tr("The API key of \"%1\" expires today. After that Orgdesk can no longer "
                      "reach this organization.")
                .arg(profileName);
        return tr("The API key of \"%1\" expires tomorrow, %2. After that Orgdesk can no longer "
                  "reach this organization.")
            .arg(profileName, longDate(expiry));
    case Level::Expired:
        return tr("The API key of \"%1\" expired on %2: the organization refuses it.")
            .arg(profileName, longDate(expiry));
    }
    return QString();
}

QString KeyExpiry::unauthorizedExplanation(const QString &profileName, const QDate &expiry,
                                           const QDate &today)
{
    if (level(expiry, today) != Level::Expired)
        return QString();
    return tr("The key was refused because it expired on %1. %2")
        .arg(longDate(expiry), rotateAdvice())
        .prepend(profileName.isEmpty() ? QString() : QStringLiteral("%1: ").arg(profileName));
}
