#include "CliConnection.h"

#include "ApiClient.h"
#include "ProfileCommand.h"
#include "SecretGuard.h"
#include "TerminalInput.h"
#include "TestHooks.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace {

const QString orgIdOption = QStringLiteral("org-id");
const QString baseUrlOption = QStringLiteral("base-url");
const QString keyStdinOption = QStringLiteral("key-stdin");
const QString profileOption = QStringLiteral("profile");

} // namespace

bool isPlausibleId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    return pattern.match(id).hasMatch();
}

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({orgIdOption, QStringLiteral("The organization id."), QStringLiteral("ID")});
    parser.addOption({baseUrlOption, QStringLiteral("The API's base URL."), QStringLiteral("URL")});
    parser.addOption({keyStdinOption, QStringLiteral("Read the API key from standard input.")});
    parser.addOption({profileOption, QStringLiteral("A saved profile (key from the keychain)."),
                      QStringLiteral("NAME")});
}

std::optional<CliConnection> resolveConnection(const QCommandLineParser &parser, QString *problem)
{
    if (parser.isSet(profileOption)) {
        // Everything comes from the profile: mixing in other connection options is a mistake.
        for (const QString &option : {orgIdOption, baseUrlOption, keyStdinOption}) {
            if (parser.isSet(option)) {
                *problem = QStringLiteral("--profile already says where to connect; leave out "
                                          "--%1.")
                               .arg(option);
                return std::nullopt;
            }
        }
        return connectionForProfile(parser.value(profileOption).trimmed(), problem);
    }

    CliConnection connection;
    connection.orgId = parser.value(orgIdOption).trimmed();
    if (connection.orgId.isEmpty()) {
        *problem = QStringLiteral("--org-id is required: the UUID after /o/ in the admin URL.");
        return std::nullopt;
    }
    if (!isPlausibleId(connection.orgId)) {
        *problem = QStringLiteral("--org-id takes the UUID after /o/ in the admin URL, not '%1'.")
                       .arg(connection.orgId);
        return std::nullopt;
    }

    const QString baseUrl = parser.isSet(baseUrlOption)
                                ? parser.value(baseUrlOption).trimmed()
                                : QString::fromLatin1(ApiClient::defaultBaseUrl);
    connection.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
    if (!ApiClient::isAllowedBaseUrl(connection.baseUrl)) {
        *problem = QStringLiteral("--base-url must be an https:// URL (http:// only on "
                                  "localhost), not '%1'.")
                       .arg(QUrl(baseUrl).toDisplayString(QUrl::RemoveUserInfo));
        return std::nullopt;
    }

    if (parser.isSet(keyStdinOption)) {
        connection.apiKey = readSecretLine(QStringLiteral("API key: "));
        if (connection.apiKey.isEmpty()) {
            *problem = QStringLiteral("--key-stdin was given but standard input held no key.");
            return std::nullopt;
        }
    } else {
        connection.apiKey = SecretGuard::environmentKey();
        if (connection.apiKey.isEmpty()) {
            *problem = QStringLiteral("no API key: set ORGDESK_API_KEY or pass the key on "
                                      "standard input with --key-stdin.");
            return std::nullopt;
        }
    }
    runTestHook(connection);
    return connection;
}
