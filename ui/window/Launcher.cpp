#include "Launcher.h"

#include "ApiClient.h"
#include "Connection.h"
#include "MainWindow.h"
#include "ScimKeyring.h"
#include "Screenshot.h"
#include "SecretGuard.h"

#include <QCommandLineParser>
#include <QTimer>

Launcher::Launcher(LocalSandboxFactory sandboxFactory) : m_sandboxFactory(std::move(sandboxFactory))
{}

Launcher::~Launcher() = default;

bool Launcher::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A desktop console for Atlassian Cloud organizations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), tr("Open a local sandbox organization with made-up people."));
    const QCommandLineOption usersOption(QStringLiteral("users"),
                                         tr("How many people the sandbox has (default 2000)."),
                                         tr("count"));
    const QCommandLineOption orgOption(
        QStringLiteral("org-id"),
        tr("Open this organization; the API key comes from the environment variable "
           "ORGDESK_API_KEY."),
        tr("id"));
    const QCommandLineOption urlOption(
        QStringLiteral("base-url"),
        tr("The API's address (default %1).").arg(QLatin1String(ApiClient::defaultBaseUrl)),
        tr("url"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        tr("Save the window to this file once the first page is "
                                           "in, then quit."),
                                        tr("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption selectUserOption(QStringLiteral("select-user"),
                                        tr("With --screenshot: pick this person and show their "
                                           "roles."),
                                        tr("email"));
    selectUserOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption areaOption(
        QStringLiteral("area"),
        tr("Open this area first: overview (the default), users, groups, domains, policies, "
           "classification (data classification levels), apiKeys (admin API keys), apiTokens "
           "(user API tokens) or audit (the audit log)."),
        tr("area"));
    parser.addOptions(
        {sandboxOption, usersOption, orgOption, urlOption, screenshotOption, areaOption});
    parser.addOption(selectUserOption);
    parser.process(arguments); // --help, --version and unknown options end here

    m_screenshotPath = parser.value(screenshotOption);
    m_selectUser = parser.value(selectUserOption).trimmed();
    m_area = parser.value(areaOption).trimmed();
    if (parser.isSet(sandboxOption) && parser.isSet(orgOption)) {
        m_error = tr("Choose either --sandbox or --org-id, not both.");
        return false;
    }
    if (parser.isSet(sandboxOption)) {
        m_mode = Mode::Sandbox;
        if (parser.isSet(usersOption)) {
            bool ok = false;
            m_sandboxUsers = parser.value(usersOption).toInt(&ok);
            if (!ok || m_sandboxUsers < 1 || m_sandboxUsers > 1000000) {
                m_error = tr("--users takes a number of people from 1 to 1,000,000.");
                return false;
            }
        }
        return true;
    }
    if (!parser.isSet(orgOption))
        return true;
    m_mode = Mode::Organization;
    m_orgId = parser.value(orgOption).trimmed();
    m_baseUrl = QUrl(parser.isSet(urlOption) ? parser.value(urlOption)
                                             : QString::fromLatin1(ApiClient::defaultBaseUrl));
    if (!ApiClient::isAllowedBaseUrl(m_baseUrl)) {
        m_error = tr("Refusing the address %1: the API key is only ever sent over https:// "
                     "(or plain http:// to this computer, for a local sandbox).")
                      .arg(parser.value(urlOption));
        return false;
    }
    m_apiKey = SecretGuard::environmentKey();
    if (m_orgId.isEmpty() || m_apiKey.isEmpty()) {
        m_error = tr("--org-id needs an organization id, and the API key in the environment "
                     "variable ORGDESK_API_KEY (never on the command line).");
        return false;
    }
    return true;
}

void Launcher::launch(MainWindow *window)
{
    if (!m_screenshotPath.isEmpty())
        Screenshot::takeWhenReady(window, m_screenshotPath, m_selectUser);
    switch (m_mode) {
    case Mode::StartPage:
        return;
    case Mode::Organization:
        window->setConnection(new Connection(m_baseUrl, m_orgId, m_apiKey));
        m_apiKey.clear();
        if (!m_area.isEmpty())
            window->showArea(m_area);
        return;
    case Mode::Sandbox: {
        // Seeding takes a moment: the window comes up first and says what it is doing.
        window->showNotice(tr("Starting the local sandbox\u2026"));
        QTimer::singleShot(0, this, [this, window] { startSandbox(window); });
        return;
    }
    }
}

void Launcher::startSandbox(MainWindow *window)
{
    if (m_sandboxFactory)
        m_sandbox = m_sandboxFactory(m_sandboxUsers);
    if (!m_sandbox) {
        window->showNotice(tr("The local sandbox could not start."), true);
        return;
    }
    auto *connection =
        new Connection(m_sandbox->baseUrl(), m_sandbox->orgId(), m_sandbox->apiKey());
    connection->setSandbox(true);
    connection->setKeyLabel(m_sandbox->apiKeyLabel());
    // No profile here: the SCIM keys a person adds last as long as the sandbox does.
    ScimKeyring *scimKeys = ScimKeyring::forSession(connection->orgId(), connection);
    scimKeys->setSandboxKeys(m_sandbox->scimKeys());
    connection->setScimKeys(scimKeys);
    window->setConnection(connection);
    if (!m_area.isEmpty())
        window->showArea(m_area);
}
