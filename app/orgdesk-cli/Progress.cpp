#include "Progress.h"

#include <QLocale>
#include <QString>

#include <cstdio>
#include <unistd.h>

Progress::Progress(QString label) : m_label(std::move(label)), m_enabled(isatty(STDERR_FILENO) == 1)
{}

Progress::~Progress()
{
    clear();
}

void Progress::update(qint64 count, const QString &detail)
{
    if (!m_enabled)
        return;
    QString text = QStringLiteral("\r%1: %2").arg(m_label, QLocale().toString(count));
    if (!detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(detail);
    text += QStringLiteral("\033[K");
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
