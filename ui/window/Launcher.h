#pragma once

#include "LocalSandbox.h"

#include <QObject>
#include <QUrl>

#include <memory>

class MainWindow;

// What `orgdesk` was asked to open, from its command line:
//   --sandbox [--users N]        a local sandbox with made-up people, in this process
//   --org-id ID [--base-url URL] an organization; the key comes from ORGDESK_API_KEY only
//   (nothing)                    the start page
// The window shows first; network work starts after it.
class Launcher : public QObject
{
    Q_OBJECT

public:
    // The factory starts the sandbox for --sandbox (none given: --sandbox is refused).
    explicit Launcher(LocalSandboxFactory sandboxFactory = {});
    ~Launcher() override;

    // False on a usage error, with errorMessage() saying what to do.
    bool parse(const QStringList &arguments);
    QString errorMessage() const { return m_error; }
    // Connects the window as asked.
    void launch(MainWindow *window);
    // No --sandbox and no --org-id: the saved profiles decide what opens.
    bool opensProfiles() const { return m_mode == Mode::StartPage; }
    // A screenshot run (for the docs) always shows the built-in layout.
    bool takesScreenshot() const { return !m_screenshotPath.isEmpty(); }

private:
    void startSandbox(MainWindow *window);

    enum class Mode { StartPage, Sandbox, Organization };
    Mode m_mode = Mode::StartPage;
    int m_sandboxUsers = 2000;
    QString m_orgId;
    QUrl m_baseUrl;
    QString m_apiKey;
    QString m_screenshotPath;
    QString m_selectUser; // --select-user: the person a screenshot shows (hidden option)
    QString m_area;       // --area: the area to open first (empty: the window's default)
    QString m_error;
    LocalSandboxFactory m_sandboxFactory;
    std::unique_ptr<LocalSandbox> m_sandbox;
};
