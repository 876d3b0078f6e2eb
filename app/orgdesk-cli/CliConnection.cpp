#include "CliConnection.h"

#include "ApiClient.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace {

const QString orgIdOption = QStringLiteral("org-id");
const QString baseUrlOption = QStringLiteral("base-url");
const QString keyStdinOption = QStringLiteral("key-stdin");

QString readKeyFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    return QString::fromUtf8(input.readLine()).trimmed();
}

} // namespace

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({orgIdOption, QStringLiteral("The organization id."), QStringLiteral("ID")});
    parser.addOption({baseUrlOption, QStringLiteral("The API's base URL."), QStringLiteral("URL")});
    parser.addOption({keyStdinOption, QStringLiteral("Read the API key from standard input.")});
}

std::optional<CliConnection> resolveConnection(const QCommandLineParser &parser, QString *problem)
{
    CliConnection connection;
    connection.orgId = parser.value(orgIdOption).trimmed();
    if (connection.orgId.isEmpty()) {
        *problem = QStringLiteral("--org-id is required: the UUID after /o/ in the admin URL.");
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
        connection.apiKey = readKeyFromStdin();
        if (connection.apiKey.isEmpty()) {
            *problem = QStringLiteral("--key-stdin was given but standard input held no key.");
            return std::nullopt;
        }
    } else {
        connection.apiKey = qEnvironmentVariable("ORGDESK_API_KEY").trimmed();
        if (connection.apiKey.isEmpty()) {
            *problem = QStringLiteral("no API key: set ORGDESK_API_KEY or pass the key on "
                                      "standard input with --key-stdin.");
            return std::nullopt;
        }
    }
    return connection;
}
