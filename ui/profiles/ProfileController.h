#pragma once

#include "KeyExpiry.h"
#include "KeyProbe.h"
#include "LocalSandbox.h"
#include "Profile.h"
#include "RequestScope.h"

#include <QHash>
#include <QObject>

#include <memory>

class Connection;
class ExpiryBanner;
class KeyCapabilitiesBanner;
class MainWindow;
class ProfileManager;
class ProfileStatusPage;
class ProfileSwitcher;
class QMenu;

// Ties the profiles to the window: the welcome page when there is none, opening the last one on
// start, switching between them without a restart (the key read from the keychain, the sandbox
// started on demand), the expiry banner, the key's reach, and the dialogs to add, edit and
// manage profiles. Everything is asynchronous; a switch drops any answer meant for the last one.
class ProfileController : public QObject
{
    Q_OBJECT

public:
    ProfileController(MainWindow *window, ProfileManager *profiles, QObject *parent = nullptr);
    ~ProfileController() override;

    void setClock(KeyExpiry::Clock clock);
    void setSandboxUsers(int users) { m_sandboxUsers = users; }
    // Starts the sandbox that sandbox profiles open (none set: they cannot open).
    void setSandboxFactory(LocalSandboxFactory factory) { m_sandboxFactory = std::move(factory); }
    // Whether to probe which areas each key reaches after connecting (on by default).
    void setProbeAreas(bool probe) { m_probeAreas = probe; }

    // Opens the last profile (or the first), or the welcome page when there is none.
    void start();
    void openProfile(const QString &profileId);
    void showWelcome();
    void addSandboxProfile();
    void showConnectDialog();
    void showProfilesDialog();
    void rotateCurrentKey();

    QString currentProfileId() const { return m_currentId; }
    ProfileManager *profiles() const { return m_profiles; }
    ProfileSwitcher *switcher() const { return m_switcher; }
    ExpiryBanner *expiryBanner() const { return m_expiryBanner; }
    KeyCapabilitiesBanner *capabilitiesBanner() const { return m_capabilitiesBanner; }
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    // The profile is connected (its Connection is the window's).
    void profileOpened(const QString &profileId);
    // It could not be opened; the window says why.
    void profileFailed(const QString &profileId, const QString &reason);

private:
    void openSandbox(const Profile &profile);
    void connectTo(const Profile &profile, const QString &key);
    void showConnection(const Profile &profile, Connection *connection);
    void showOpenProblem(const Profile &profile, const QString &title, const QString &text);
    void probeAreas(const Profile &profile, Connection *connection, const QString &key);
    void rebuildSwitchMenu();
    void onProfilesChanged();
    ProfileStatusPage *newStatusPage();

    MainWindow *m_window;
    ProfileManager *m_profiles;
    KeyExpiry::Clock m_clock = KeyExpiry::systemClock();
    ProfileSwitcher *m_switcher;
    ExpiryBanner *m_expiryBanner;
    KeyCapabilitiesBanner *m_capabilitiesBanner;
    QMenu *m_menu;
    QMenu *m_switchMenu;
    QString m_currentId;
    RequestScope m_opening{this}; // the open in progress
    LocalSandboxFactory m_sandboxFactory;
    std::unique_ptr<LocalSandbox> m_sandbox;
    int m_sandboxUsers = 2000;
    bool m_probeAreas = true;
    QHash<QString, KeyCapabilities> m_reach; // probed once per profile and run
};
