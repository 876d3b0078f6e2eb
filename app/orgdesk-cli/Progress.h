#pragma once

#include <QString>

// "Listing users: 1,200" (the label, a count) on stderr, rewritten in place, only when stderr is a
// terminal: a script that captures stderr sees nothing but the one line that explains a failure.
class Progress
{
public:
    explicit Progress(QString label = QStringLiteral("Listing users"));
    ~Progress();

    void update(qint64 count, const QString &detail = QString());
    // Removes the progress line (before an error line, and at the end).
    void clear();

private:
    QString m_label;
    bool m_enabled;
    bool m_shown = false;
};
