#include "ProfileScimKey.h"

#include "ApiClient.h"
#include "CliClient.h"
#include "CliConnection.h"
#include "CliExit.h"
#include "CliProfiles.h"
#include "ScimService.h"
#include "TerminalInput.h"

#include <QCommandLineParser>

#include <memory>

namespace {

const QString profileOption = QStringLiteral("profile");
const QString directoryOption = QStringLiteral("directory");

std::optional<Profile> keyedProfile(Profiles &profiles, const QString &name, QString *problem)
{
    std::optional<Profile> profile = namedProfile(profiles, name, problem);
    if (profile && profile->isSandbox()) {
        *problem = QStringLiteral("'%1' is the window's built-in sandbox, which needs no SCIM "
                                  "key.")
                       .arg(name);
        return std::nullopt;
    }
    return profile;
}

int set(Profiles &profiles, const Profile &profile, const QString &directoryId)
{
    const QString key = readSecretLine(
        QStringLiteral("SCIM API key of directory %1 for %2: ").arg(directoryId, profile.name));
    if (key.isEmpty())
        return usageError(QStringLiteral("no key on standard input: give the directory's SCIM API "
                                         "key on the first line (it is never an option)."));
    int records = -1;
    int exitCode = ExitCode::Success;
    const QString problem = testScimKey(profile.baseUrl, directoryId, key, &records, &exitCode);
    if (!problem.isEmpty()) {
        printErrorLine(QStringLiteral("the key was not saved: ") + problem);
        return exitCode;
    }
    const CredentialResult saved = waitFor<CredentialResult>([&](QObject *context, auto done) {
        profiles.manager.saveScimKey(profile.id, directoryId, key, context, done);
    });
    if (!saved.ok()) {
        printErrorLine(QStringLiteral("the key works but was not saved: ") + saved.message);
        return ExitCode::Failure;
    }
    printToStdout(QStringLiteral("Saved the SCIM key of directory %1 in profile '%2' (the system "
                                 "keychain). The directory holds %3 records.\n")
                      .arg(directoryId, profile.name)
                      .arg(records));
    return ExitCode::Success;
}

int test(Profiles &profiles, const Profile &profile, const QString &directoryId)
{
    const CredentialResult key = waitFor<CredentialResult>([&](QObject *context, auto done) {
        profiles.manager.loadScimKey(profile.id, directoryId, context, done);
    });
    if (!key.ok() || key.secret.isEmpty()) {
        printErrorLine(key.isUnavailable()
                           ? key.message
                           : QStringLiteral("profile '%1' has no SCIM key for directory %2; add "
                                            "it with 'orgdesk-cli profile scim-key set'.")
                                 .arg(profile.name, directoryId));
        return ExitCode::Failure;
    }
    int records = -1;
    int exitCode = ExitCode::Success;
    const QString problem =
        testScimKey(profile.baseUrl, directoryId, key.secret, &records, &exitCode);
    if (!problem.isEmpty()) {
        printErrorLine(problem);
        return exitCode;
    }
    printToStdout(QStringLiteral("The SCIM key of directory %1 works; the directory holds %2 "
                                 "records.\n")
                      .arg(directoryId)
                      .arg(records));
    return ExitCode::Success;
}

int remove(Profiles &profiles, const Profile &profile, const QString &directoryId)
{
    if (!profile.scimDirectoryIds.contains(directoryId))
        return usageError(QStringLiteral("profile '%1' has no SCIM key for directory %2.")
                              .arg(profile.name, directoryId));
    const CredentialResult removed = waitFor<CredentialResult>([&](QObject *context, auto done) {
        profiles.manager.removeScimKey(profile.id, directoryId, context, done);
    });
    if (!removed.ok()) {
        printErrorLine(QStringLiteral("the key could not be deleted from the keychain: ") +
                       removed.message);
        return ExitCode::Failure;
    }
    printToStdout(QStringLiteral("Removed the SCIM key of directory %1 from profile '%2'.\n")
                      .arg(directoryId, profile.name));
    return ExitCode::Success;
}

} // namespace

QString testScimKey(const QUrl &baseUrl, const QString &directoryId, const QString &key,
                    int *records, int *exitCode)
{
    std::unique_ptr<ApiClient> client(ScimService::makeClient(baseUrl, directoryId, key));
    client->setRetryPolicy(cliRetryPolicy());
    ScimQuery query;
    query.count = 1;
    std::unique_ptr<ScimUserPager> pager(ScimService(client.get(), directoryId).users(query));
    const ApiError error = waitFor<ApiError>([&](QObject *context, auto done) {
        QObject::connect(pager.get(), &Pager::pageReceived, context, [done] { done(ApiError()); });
        QObject::connect(pager.get(), &Pager::failed, context, done);
        pager->fetchNext();
    });
    *records = pager->totalResults();
    *exitCode = exitCodeFor(error);
    return error.isError() ? error.userMessage() : QString();
}

std::optional<ScimKeyOfProfile> scimKeyForProfile(const QString &name, const QString &directoryId,
                                                  QString *problem)
{
    Profiles profiles;
    const std::optional<Profile> profile = keyedProfile(profiles, name, problem);
    if (!profile)
        return std::nullopt;
    const CredentialResult key = waitFor<CredentialResult>([&](QObject *context, auto done) {
        profiles.manager.loadScimKey(profile->id, directoryId, context, done);
    });
    if (!key.ok() || key.secret.isEmpty()) {
        *problem = key.isUnavailable()
                       ? key.message
                       : QStringLiteral("profile '%1' has no SCIM key for directory %2; add it "
                                        "with 'orgdesk-cli profile scim-key set --profile %1 "
                                        "--directory %2' (the key on standard input).")
                             .arg(name, directoryId);
        return std::nullopt;
    }
    return ScimKeyOfProfile{profile->baseUrl, profile->orgId, key.secret};
}

std::optional<QStringList> scimDirectoriesOfProfile(const QString &name, QString *problem)
{
    Profiles profiles;
    const std::optional<Profile> profile = keyedProfile(profiles, name, problem);
    if (!profile)
        return std::nullopt;
    return profile->scimDirectoryIds;
}

int runProfileScimKey(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({profileOption, QStringLiteral("The profile."), QStringLiteral("NAME")});
    parser.addOption(
        {directoryOption, QStringLiteral("The SCIM directory id."), QStringLiteral("ID")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QStringList actions{QStringLiteral("set"), QStringLiteral("test"),
                              QStringLiteral("remove")};
    if (positional.size() != 2 || !actions.contains(action))
        return usageError(QStringLiteral("'profile scim-key' takes set, test or remove. Try "
                                         "'orgdesk-cli --help'."));
    const QString name = parser.value(profileOption).trimmed();
    const QString directoryId = parser.value(directoryOption).trimmed();
    if (name.isEmpty() || directoryId.isEmpty())
        return usageError(QStringLiteral("'profile scim-key %1' needs --profile NAME and "
                                         "--directory ID (the id after /scim/directory/ in the "
                                         "identity provider's SCIM base URL).")
                              .arg(action));
    if (!isPlausibleId(directoryId))
        return usageError(QStringLiteral("--directory takes the id after /scim/directory/ in the "
                                         "SCIM base URL, not '%1'.")
                              .arg(directoryId));
    Profiles profiles;
    QString problem;
    const std::optional<Profile> profile = keyedProfile(profiles, name, &problem);
    if (!profile)
        return usageError(problem);
    if (action == QLatin1String("set"))
        return set(profiles, *profile, directoryId);
    if (action == QLatin1String("test"))
        return test(profiles, *profile, directoryId);
    return remove(profiles, *profile, directoryId);
}
