#include "ScimCliOptions.h"

#include "ApiClient.h"
#include "ProfileScimKey.h"
#include "TerminalInput.h"

#include <QCommandLineParser>

namespace {

const QString profileOption = QStringLiteral("profile");
const QString directoryOption = QStringLiteral("directory");
const QString baseUrlOption = QStringLiteral("base-url");
const QString scimKeyStdinOption = QStringLiteral("scim-key-stdin");
const QString formatOption = QStringLiteral("format");
const QString yesOption = QStringLiteral("yes");

std::optional<QUrl> baseUrlWithoutProfile(const QCommandLineParser &parser, QString *problem)
{
    const QString text = parser.isSet(baseUrlOption)
                             ? parser.value(baseUrlOption).trimmed()
                             : QString::fromLatin1(ApiClient::defaultBaseUrl);
    const QUrl url(text, QUrl::StrictMode);
    if (!ApiClient::isAllowedBaseUrl(url)) {
        *problem = QStringLiteral("--base-url must be an https:// URL (http:// only on "
                                  "localhost), not '%1'.")
                       .arg(QUrl(text).toDisplayString(QUrl::RemoveUserInfo));
        return std::nullopt;
    }
    return url;
}

std::optional<QString> directoryId(const QString &id, QString *problem)
{
    if (!isPlausibleId(id)) {
        *problem = QStringLiteral("--directory takes the id after /scim/directory/ in the "
                                  "identity provider's SCIM base URL, not '%1'.")
                       .arg(id);
        return std::nullopt;
    }
    return id;
}

} // namespace

namespace ScimCliOptions {

void add(QCommandLineParser &parser)
{
    addConnectionOptions(parser);
    parser.addOption(
        {directoryOption, QStringLiteral("The SCIM directory id."), QStringLiteral("ID")});
    parser.addOption(
        {scimKeyStdinOption, QStringLiteral("Read the directory's SCIM key from standard input.")});
    parser.addOption(
        {formatOption, QStringLiteral("csv, json or table."), QStringLiteral("FORMAT")});
    parser.addOption({yesOption, QStringLiteral("Do not ask first.")});
}

std::optional<Directory> directory(const QCommandLineParser &parser, QString *problem)
{
    const QStringList given = parser.values(directoryOption);
    if (given.size() != 1) {
        *problem = QStringLiteral("say which SCIM directory with one --directory ID (the id after "
                                  "/scim/directory/ in the identity provider's SCIM base URL).");
        return std::nullopt;
    }
    const std::optional<QString> id = directoryId(given.first().trimmed(), problem);
    if (!id)
        return std::nullopt;
    if (parser.isSet(profileOption)) {
        if (parser.isSet(scimKeyStdinOption) || parser.isSet(baseUrlOption)) {
            *problem = QStringLiteral("--profile already holds the directory's key and base URL; "
                                      "leave out --scim-key-stdin and --base-url.");
            return std::nullopt;
        }
        const std::optional<ScimKeyOfProfile> key =
            scimKeyForProfile(parser.value(profileOption).trimmed(), *id, problem);
        if (!key)
            return std::nullopt;
        return Directory{key->baseUrl, *id, key->key};
    }
    const std::optional<QUrl> baseUrl = baseUrlWithoutProfile(parser, problem);
    if (!baseUrl)
        return std::nullopt;
    const QString key = parser.isSet(scimKeyStdinOption)
                            ? readSecretLine(QStringLiteral("SCIM API key: "))
                            : qEnvironmentVariable("ORGDESK_SCIM_KEY").trimmed();
    if (key.isEmpty()) {
        *problem = QStringLiteral("no SCIM key: use --profile NAME (after 'profile scim-key set'), "
                                  "set ORGDESK_SCIM_KEY, or pass the key on standard input with "
                                  "--scim-key-stdin. The organization's API key does not work "
                                  "on a SCIM directory.");
        return std::nullopt;
    }
    return Directory{*baseUrl, *id, key};
}

std::optional<QList<Directory>> directories(const QCommandLineParser &parser, QString *problem)
{
    QStringList ids;
    for (const QString &value : parser.values(directoryOption))
        ids += value.split(u',', Qt::SkipEmptyParts);
    if (!parser.isSet(profileOption)) {
        const std::optional<Directory> one = directory(parser, problem);
        return one ? std::optional<QList<Directory>>({*one}) : std::nullopt;
    }
    if (ids.isEmpty()) {
        const std::optional<QStringList> saved =
            scimDirectoriesOfProfile(parser.value(profileOption).trimmed(), problem);
        if (!saved)
            return std::nullopt;
        ids = *saved;
    }
    if (ids.isEmpty()) {
        *problem = QStringLiteral("profile '%1' has no SCIM directory key yet: add one with "
                                  "'orgdesk-cli profile scim-key set'.")
                       .arg(parser.value(profileOption).trimmed());
        return std::nullopt;
    }
    QList<Directory> found;
    for (const QString &id : std::as_const(ids)) {
        const std::optional<QString> valid = directoryId(id.trimmed(), problem);
        const std::optional<ScimKeyOfProfile> key =
            valid ? scimKeyForProfile(parser.value(profileOption).trimmed(), *valid, problem)
                  : std::nullopt;
        if (!key)
            return std::nullopt;
        found.append({key->baseUrl, *valid, key->key});
    }
    return found;
}

std::optional<CliConnection> organization(const QCommandLineParser &parser, QString *problem)
{
    return resolveConnection(parser, problem);
}

std::optional<OutputFormat> format(const QCommandLineParser &parser, QString *problem)
{
    return chosenOutputFormat(parser, formatOption, problem);
}

std::optional<QStringList> ids(const QCommandLineParser &parser, const QString &option,
                               QString *problem)
{
    QStringList found;
    for (const QString &value : parser.values(option)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            if (!isPlausibleId(id)) {
                *problem = QStringLiteral("--%1 takes ids, not '%2'.").arg(option, id);
                return std::nullopt;
            }
            if (!found.contains(id))
                found.append(id);
        }
    }
    if (found.isEmpty())
        *problem = QStringLiteral("say which with --%1 ID (or ID,ID).").arg(option);
    return found.isEmpty() ? std::nullopt : std::optional<QStringList>(found);
}

bool assumeYes(const QCommandLineParser &parser)
{
    return parser.isSet(yesOption);
}

} // namespace ScimCliOptions
