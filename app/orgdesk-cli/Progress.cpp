#include "Progress.h"

#include <QLocale>
#include <QString>

#include <cstdio>
#include <unistd.h>

Progress::Progress() : m_enabled(isatty(STDERR_FILENO) == 1) {}

Progress::~Progress()
{
    clear();
}

void Progress::update(qint64 count)
{
    if (!m_enabled)
        return;
    const QString text = QStringLiteral("\rListing users: %1").arg(QLocale().toString(count));
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    m_shown = true;
}

void Progress::clear()
{
    if (!m_shown)
        return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    m_shown = false;
}
