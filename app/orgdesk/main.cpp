// Orgdesk: the desktop console. Everything lives in the libraries; this only starts it.
#include "AppSetup.h"
#include "DirectoryCacheAction.h"
#include "InProcessSandbox.h"
#include "KeychainCredentialStore.h"
#include "Launcher.h"
#include "MainWindow.h"
#include "OperationCatalog.h"
#include "ProfileController.h"
#include "ProfileManager.h"
#include "SecretGuard.h"
#include "Settings.h"
#include "ThemeMenu.h"
#include "WindowLayout.h"
#include "WindowlessRun.h"

#include <QApplication>
#include <QIcon>
#include <QMenuBar>

#include <cstdio>

int main(int argc, char *argv[])
{
    SecretGuard::installMessageFilter();
    SecretGuard::takeEnvironmentKey(); // before any thread or child process starts
    Q_INIT_RESOURCE(orgdesk);
    setApplicationIdentity();
    if (runsWithoutWindow(argc, argv)) // --help, --version, or no display
        return runWithoutWindow(argc, argv);
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/orgdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("orgdesk"));
    installTranslations(&app);

    registerBulkOperations(); // before a job is resumed from the journal
    Launcher launcher(startInProcessSandbox);
    if (!launcher.parse(QApplication::arguments())) {
        std::fprintf(stderr, "orgdesk: %s\n", qPrintable(launcher.errorMessage()));
        return 2;
    }
    // Profiles: fields in the settings file, keys in the system keychain only.
    Settings settings;
    ThemeMenu::applySaved(settings); // before the first widget, so nothing shows twice
    KeychainCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);

    MainWindow window; // after the launcher: the window's calls end before the sandbox stops
    new ThemeMenu(&window, &settings);            // owned by the window
    new DirectoryCacheAction(&window, &settings); // owned by the window
    ProfileController profileController(&window, &profiles);
    profileController.setSandboxFactory(startInProcessSandbox);
    window.menuBar()->insertMenu(window.menuBar()->actions().value(1), profileController.menu());
    if (!launcher.takesScreenshot())
        new WindowLayout(&window, &settings); // owned by the window
    window.show();
    launcher.launch(&window);
    if (launcher.opensProfiles())
        profileController.start(); // the last profile, or the welcome page
    return QApplication::exec();
}
