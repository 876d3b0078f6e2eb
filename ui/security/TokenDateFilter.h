#pragma once

#include "ApiAccessQuery.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;

// The date filters of the API tokens list: created between, last active between; each end
// optional. Days are whole days in UTC.
class TokenDateFilter : public QWidget
{
    Q_OBJECT

public:
    explicit TokenDateFilter(QWidget *parent = nullptr);

    TimeRange createdAt() const;
    TimeRange lastActiveAt() const;
    int activeCount() const; // how many ends are set
    void clear();

    // Tests and "show me": sets one end (an invalid date clears it).
    void setCreatedAfter(const QDate &date);
    void setCreatedBefore(const QDate &date);
    void setLastActiveAfter(const QDate &date);
    void setLastActiveBefore(const QDate &date);

Q_SIGNALS:
    void changed();

private:
    struct End
    {
        QCheckBox *on;
        QDateEdit *date;
    };
    End makeEnd(const QString &objectName);
    static void set(const End &end, const QDate &date);
    static TimeRange range(const End &from, const End &to);

    End m_createdAfter;
    End m_createdBefore;
    End m_activeAfter;
    End m_activeBefore;
};
