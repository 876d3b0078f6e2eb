#pragma once

#include <QtGlobal>

// "Listing users: 1,200" on stderr, rewritten in place, only when stderr is a terminal: a
// script that captures stderr sees nothing but the one line that explains a failure.
class Progress
{
public:
    Progress();
    ~Progress();

    void update(qint64 count);
    // Removes the progress line (before an error line, and at the end).
    void clear();

private:
    bool m_enabled;
    bool m_shown = false;
};
