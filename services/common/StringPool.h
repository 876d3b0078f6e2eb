#pragma once

#include <QSet>
#include <QString>

// Makes equal strings share one buffer. Across 100,000 users the same statuses, departments,
// product keys and site ids repeat endlessly; interning them keeps the table small in memory.
class StringPool
{
public:
    QString intern(const QString &text);

private:
    QSet<QString> m_strings;
};
