// Orgdesk: the desktop console. Everything lives in the libraries; this only starts it.
#include "Launcher.h"
#include "MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(orgdesk);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Orgdesk"));
    QApplication::setOrganizationName(QStringLiteral("Orgdesk"));
    QApplication::setApplicationVersion(QStringLiteral(ORGDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/orgdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("orgdesk"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("orgdesk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    Launcher launcher;
    if (!launcher.parse(QApplication::arguments())) {
        std::fprintf(stderr, "orgdesk: %s\n", qPrintable(launcher.errorMessage()));
        return 2;
    }
    MainWindow window; // after the launcher: the window's calls end before the sandbox stops
    window.show();
    launcher.launch(&window);
    return QApplication::exec();
}
