#include "TerminalInput.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff() : m_active(tcgetattr(STDIN_FILENO, &m_saved) == 0)
    {
        if (!m_active)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active;
};

QString readLine()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    return QString::fromUtf8(input.readLine()).trimmed();
}

} // namespace

QString readSecretLine(const QString &prompt)
{
    if (isatty(STDIN_FILENO) != 1)
        return readLine();
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QString line;
    {
        EchoOff echoOff;
        line = readLine();
    }
    std::fputs("\n", stderr);
    return line;
}
