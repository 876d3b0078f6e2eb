#include "ProfileController.h"

#include "ApiClient.h"
#include "ConnectDialog.h"
#include "Connection.h"
#include "ExpiryBanner.h"
#include "KeyCapabilitiesBanner.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ProfileManager.h"
#include "ProfileStatusPage.h"
#include "ProfileSwitcher.h"
#include "ScimKeyring.h"
#include "Sidebar.h"
#include "WelcomePage.h"

#include <QBoxLayout>
#include <QMenu>
#include <QTimer>

ProfileController::ProfileController(MainWindow *window, ProfileManager *profiles, QObject *parent)
    : QObject(parent), m_window(window), m_profiles(profiles),
      m_switcher(new ProfileSwitcher(profiles)), m_expiryBanner(new ExpiryBanner),
      m_capabilitiesBanner(new KeyCapabilitiesBanner),
      m_menu(new QMenu(tr("&Organization"), window)),
      m_switchMenu(new QMenu(tr("&Switch to"), window))
{
    m_window->addBanner(m_expiryBanner);
    m_window->addBanner(m_capabilitiesBanner);
    // The profiles head the sidebar.
    if (auto *layout = qobject_cast<QBoxLayout *>(m_window->sidebar()->layout()))
        layout->insertWidget(0, m_switcher);

    connect(m_switcher, &ProfileSwitcher::profilePicked, this, &ProfileController::openProfile);
    connect(m_switcher, &ProfileSwitcher::addRequested, this,
            &ProfileController::showConnectDialog);
    connect(m_switcher, &ProfileSwitcher::manageRequested, this,
            &ProfileController::showProfilesDialog);
    connect(m_expiryBanner, &ExpiryBanner::rotateRequested, this,
            &ProfileController::rotateCurrentKey);
    connect(m_capabilitiesBanner, &KeyCapabilitiesBanner::rotateRequested, this,
            &ProfileController::rotateCurrentKey);
    connect(m_profiles, &ProfileManager::profilesChanged, this,
            &ProfileController::onProfilesChanged);

    m_menu->addAction(tr("&Connect to an organization\u2026"), this,
                      &ProfileController::showConnectDialog);
    m_menu->addAction(tr("Try the &sandbox"), this, &ProfileController::addSandboxProfile);
    m_menu->addMenu(m_switchMenu);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Rotate key\u2026"), this, &ProfileController::rotateCurrentKey);
    m_menu->addAction(tr("What this &key can reach\u2026"), m_capabilitiesBanner,
                      &KeyCapabilitiesBanner::showDetails);
    m_menu->addAction(tr("&Profiles\u2026"), this, &ProfileController::showProfilesDialog);
    rebuildSwitchMenu();
}

ProfileController::~ProfileController()
{
    // The window's calls to the sandbox end before the sandbox stops.
    if (m_sandbox && m_window && m_window->connection() && m_window->connection()->isSandbox())
        m_window->clearConnection();
}

void ProfileController::setClock(KeyExpiry::Clock clock)
{
    m_clock = clock;
    m_expiryBanner->setClock(std::move(clock));
}

void ProfileController::start()
{
    const QList<Profile> all = m_profiles->profiles();
    if (all.isEmpty()) {
        showWelcome();
        return;
    }
    const QString last = m_profiles->lastProfileId();
    openProfile(m_profiles->profile(last) ? last : all.first().id);
}

void ProfileController::showWelcome()
{
    m_opening.clear();
    m_currentId.clear();
    m_switcher->setCurrentProfile(QString());
    m_expiryBanner->setKey(QString(), QDate());
    m_capabilitiesBanner->hide();
    auto *welcome = new WelcomePage;
    connect(welcome, &WelcomePage::connectRequested, this, &ProfileController::showConnectDialog);
    connect(welcome, &WelcomePage::sandboxRequested, this, &ProfileController::addSandboxProfile);
    m_window->setStartPage(welcome);
    m_window->clearConnection();
}

ProfileStatusPage *ProfileController::newStatusPage()
{
    auto *page = new ProfileStatusPage;
    m_window->setStartPage(page);
    m_window->clearConnection();
    return page;
}

void ProfileController::openProfile(const QString &profileId)
{
    const std::optional<Profile> profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    QObject *context = m_opening.renew(); // answers for a profile opened before never land
    m_currentId = profile->id;
    m_switcher->setCurrentProfile(profile->id);
    m_expiryBanner->setKey(profile->name, profile->keyExpiry);
    m_capabilitiesBanner->setCapabilities(profile->name, m_reach.value(profile->id));

    if (profile->isSandbox()) {
        openSandbox(*profile);
        return;
    }
    newStatusPage()->showProgress(
        tr("Opening %1: reading its key from the system keychain\u2026").arg(profile->name));
    const Profile opened = *profile;
    m_profiles->loadKey(opened.id, context, [this, opened](const CredentialResult &result) {
        if (result.ok()) {
            connectTo(opened, result.secret);
        } else if (result.isUnavailable()) {
            showOpenProblem(opened, tr("The keychain did not give the key of %1").arg(opened.name),
                            result.message);
        } else {
            showOpenProblem(opened, tr("No API key on record for %1").arg(opened.name),
                            tr("The keychain has no key for this profile (it may have been "
                               "deleted there). Enter the key again to connect."));
        }
    });
}

void ProfileController::showOpenProblem(const Profile &profile, const QString &title,
                                        const QString &text)
{
    const QString id = profile.id;
    newStatusPage()->showProblem(title, text,
                                 {{tr("Enter the key\u2026"), [this] { rotateCurrentKey(); }},
                                  {tr("Try again"), [this, id] { openProfile(id); }},
                                  {tr("Profiles\u2026"), [this] { showProfilesDialog(); }}});
    Q_EMIT profileFailed(profile.id, text);
}

void ProfileController::openSandbox(const Profile &profile)
{
    if (m_sandbox) {
        auto *connection =
            new Connection(m_sandbox->baseUrl(), m_sandbox->orgId(), m_sandbox->apiKey());
        connection->setSandbox(true);
        connection->setKeyLabel(m_sandbox->apiKeyLabel());
        showConnection(profile, connection);
        return;
    }
    // Seeding takes a moment: the window says what it is doing first.
    newStatusPage()->showProgress(tr("Starting the local sandbox\u2026"));
    QTimer::singleShot(0, m_opening.context(), [this, profile] {
        if (m_sandboxFactory)
            m_sandbox = m_sandboxFactory(m_sandboxUsers);
        if (!m_sandbox) {
            showOpenProblem(profile, tr("The local sandbox could not start"),
                            tr("No local port could be opened for it."));
            return;
        }
        openSandbox(profile);
    });
}

void ProfileController::connectTo(const Profile &profile, const QString &key)
{
    auto *connection = new Connection(profile.baseUrl, profile.orgId, key);
    // A 401 on a key past its date is explained as an expired key, with the way to rotate it.
    connect(connection->client(), &ApiClient::callFailed, m_expiryBanner,
            [this](const ApiError &error) {
                if (error.kind() == ApiError::Kind::Unauthorized)
                    m_expiryBanner->showUnauthorized();
            });
    showConnection(profile, connection);
    probeAreas(profile, connection, key);
}

void ProfileController::showConnection(const Profile &profile, Connection *connection)
{
    connection->setDisplayName(profile.name);
    auto *scimKeys = new ScimKeyring(m_profiles, profile.id, connection);
    if (connection->isSandbox() && m_sandbox)
        scimKeys->setSandboxKeys(m_sandbox->scimKeys());
    connection->setScimKeys(scimKeys);
    if (!profile.keyLabel.isEmpty())               // a sandbox's connection has its own
        connection->setKeyLabel(profile.keyLabel); // the API keys area marks the key in use
    m_window->setConnection(connection);
    m_profiles->setLastProfileId(profile.id);
    Q_EMIT profileOpened(profile.id);
}

void ProfileController::probeAreas(const Profile &profile, Connection *connection,
                                   const QString &key)
{
    if (!m_probeAreas || m_reach.contains(profile.id))
        return;
    // A client of its own: the probe's expected refusals (403, 404) must not read as the
    // window's errors in the status bar. It dies with the connection, so a switch drops it.
    auto *client = new ApiClient(profile.baseUrl, connection);
    client->setApiKey(key);
    const QString id = profile.id;
    const QString name = profile.name;
    KeyProbe(client, profile.orgId)
        .probeAreas(client, [this, client, id, name](const KeyCapabilities &capabilities) {
            client->deleteLater();
            m_reach.insert(id, capabilities);
            if (id == m_currentId)
                m_capabilitiesBanner->setCapabilities(name, capabilities);
        });
}

void ProfileController::addSandboxProfile()
{
    for (const Profile &profile : m_profiles->profiles()) {
        if (profile.isSandbox()) {
            openProfile(profile.id);
            return;
        }
    }
    Profile profile;
    profile.id = Profile::newId();
    profile.kind = Profile::Kind::Sandbox;
    profile.name = tr("Sandbox");
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1"));
    m_profiles->save(profile, QString(), this,
                     [this, profile](const CredentialResult &) { openProfile(profile.id); });
}

void ProfileController::showConnectDialog()
{
    auto *dialog = new ConnectDialog(m_profiles, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_clock);
    connect(dialog, &ConnectDialog::profileSaved, this, &ProfileController::openProfile);
    dialog->open();
}

void ProfileController::rotateCurrentKey()
{
    const std::optional<Profile> profile = m_profiles->profile(m_currentId);
    if (!profile || profile->isSandbox())
        return;
    auto *dialog = new ConnectDialog(m_profiles, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_clock);
    dialog->editProfile(*profile);
    connect(dialog, &ConnectDialog::profileSaved, this, [this](const QString &id) {
        m_reach.remove(id); // a new key may reach other areas
        openProfile(id);
    });
    dialog->open();
}

void ProfileController::showProfilesDialog()
{
    auto *dialog = new ProfileDialog(m_profiles, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_clock);
    dialog->selectProfile(m_currentId);
    if (m_sandbox)
        dialog->setSandboxScimKeys(m_sandbox->scimKeys());
    connect(dialog, &ProfileDialog::openRequested, this, [this, dialog](const QString &id) {
        dialog->close();
        openProfile(id);
    });
    connect(dialog, &ProfileDialog::sandboxProfileRequested, this,
            &ProfileController::addSandboxProfile);
    dialog->open();
}

void ProfileController::onProfilesChanged()
{
    rebuildSwitchMenu();
    if (m_currentId.isEmpty())
        return;
    const std::optional<Profile> current = m_profiles->profile(m_currentId);
    if (!current) { // removed: open another, or welcome
        m_reach.remove(m_currentId);
        m_currentId.clear();
        QTimer::singleShot(0, this, &ProfileController::start);
        return;
    }
    m_expiryBanner->setKey(current->name, current->keyExpiry);
    if (Connection *connection = m_window->connection())
        connection->setDisplayName(current->name);
}

void ProfileController::rebuildSwitchMenu()
{
    m_switchMenu->clear();
    for (const Profile &profile : m_profiles->profiles()) {
        const QString id = profile.id;
        m_switchMenu->addAction(profile.name, this, [this, id] { openProfile(id); });
    }
    m_switchMenu->setEnabled(!m_switchMenu->isEmpty());
}
