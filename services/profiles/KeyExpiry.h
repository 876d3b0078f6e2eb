#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

// How close an admin API key is to its expiry date (keys last at most a year), and what to tell
// the user about it. The date comes from the profile; "today" from an injectable clock.
class KeyExpiry
{
    Q_DECLARE_TR_FUNCTIONS(KeyExpiry)

public:
    enum class Level {
        Unknown,  // no expiry date on record (the sandbox)
        Fine,     // more than 30 days left: say nothing
        Soon,     // 30 days or fewer
        Urgent,   // 7 days or fewer
        Critical, // expires today or tomorrow
        Expired,  // the date has passed: the key no longer works
    };

    static constexpr int soonDays = 30;
    static constexpr int urgentDays = 7;
    static constexpr int criticalDays = 1;

    using Clock = std::function<QDate()>;
    static Clock systemClock();

    // Whole days from today to the expiry date: 0 on the day, negative afterwards.
    static qint64 daysLeft(const QDate &expiry, const QDate &today);
    static Level level(const QDate &expiry, const QDate &today);

    // The banner's sentence for a profile's key; empty when there is nothing to say.
    static QString message(const QString &profileName, const QDate &expiry, const QDate &today);
    // What a 401 means when the key is past its date: expired, and how to rotate it. Empty when
    // the key is not past its date (the 401 then has another cause).
    static QString unauthorizedExplanation(const QString &profileName, const QDate &expiry,
                                           const QDate &today);
    // A date as people paste it: 2026-12-31, the locale's short or long form, or the way
    // Atlassian Administration shows it ("Dec 31, 2026"). Null when it is none of those.
    static QDate parseDate(const QString &text);

    // Where a new key comes from and where it goes.
    static QString rotateAdvice();
};
