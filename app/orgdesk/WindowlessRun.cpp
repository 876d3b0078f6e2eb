#include "WindowlessRun.h"

#include "AppSetup.h"
#include "Launcher.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdio>
#include <cstring>

namespace {

bool isOption(const char *argument, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (std::strcmp(argument, name) == 0)
            return true;
    }
    return false;
}

// The options QCommandLineParser answers with text and an exit. --help-all is left to the
// window's path when there is a display: it lists the window system's options too.
bool asksForText(int argc, char *argv[])
{
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        if (isOption(argv[i], {"-h", "--help", "-?", "-v", "--version"}))
            return true;
    }
    return false;
}

bool hasDisplay(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // -platform (or QT_QPA_PLATFORM) names a window system, offscreen for one, that Qt checks.
    for (int i = 1; i < argc; ++i) {
        if (isOption(argv[i], {"-platform", "--platform"}))
            return true;
    }
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

} // namespace

bool runsWithoutWindow(int argc, char *argv[])
{
    return asksForText(argc, argv) || !hasDisplay(argc, argv);
}

int runWithoutWindow(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    installTranslations(&app);
    Launcher launcher;
    // The same parser as with a window: --help, --version and unknown options end here.
    if (!launcher.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "orgdesk: %s\n", qPrintable(launcher.errorMessage()));
        return 2;
    }
    std::fputs("orgdesk: no display: set DISPLAY or WAYLAND_DISPLAY, or run it in a desktop "
               "session\n",
               stderr);
    return 1;
}
