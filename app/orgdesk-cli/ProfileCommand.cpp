#include "ProfileCommand.h"

#include "ApiClient.h"
#include "CliExit.h"
#include "CliProfiles.h"
#include "KeyExpiry.h"
#include "KeyProbe.h"
#include "ProfileScimKey.h"
#include "ProfileValidation.h"
#include "TerminalInput.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString nameOption = QStringLiteral("name");
const QString orgIdOption = QStringLiteral("org-id");
const QString baseUrlOption = QStringLiteral("base-url");
const QString expiresOption = QStringLiteral("expires");
const QString labelOption = QStringLiteral("label");
const QString formatOption = QStringLiteral("format");
const QString forceOption = QStringLiteral("force");
// `profile list --names`: one name a line, for the shell's completion (not in --help).
const QString namesOption = QStringLiteral("names");

int exitCodeFor(const KeyVerdict &verdict)
{
    switch (verdict.outcome) {
    case KeyVerdict::Outcome::Accepted:
        return ExitCode::Success;
    case KeyVerdict::Outcome::WrongKey:
    case KeyVerdict::Outcome::ExpiredKey:
        return ExitCode::KeyRejected;
    case KeyVerdict::Outcome::OtherOrg:
        return ExitCode::NotFound;
    case KeyVerdict::Outcome::RateLimited:
        return ExitCode::RateLimited;
    default:
        return ExitCode::Failure;
    }
}

KeyVerdict testKey(const Profile &profile, const QString &key, const QDate &today)
{
    ApiClient client(profile.baseUrl);
    client.setRetryPolicy(KeyProbe::interactivePolicy());
    client.setApiKey(key);
    KeyProbe probe(&client, profile.orgId);
    probe.setKeyExpiry(profile.keyExpiry, today);
    return waitFor<KeyVerdict>([&](QObject *context, auto done) { probe.verify(context, done); });
}

QString expiryText(const Profile &profile, const QDate &today)
{
    if (!profile.keyExpiry.isValid())
        return profile.isSandbox() ? QString() : QStringLiteral("unknown");
    const qint64 days = KeyExpiry::daysLeft(profile.keyExpiry, today);
    const QString date = profile.keyExpiry.toString(Qt::ISODate);
    if (days < 0)
        return QStringLiteral("%1 (expired)").arg(date);
    return QStringLiteral("%1 (in %2 days)").arg(date).arg(days);
}

int add(const QCommandLineParser &parser)
{
    Profiles profiles;
    const QDate today = QDate::currentDate();
    Profile profile;
    profile.id = Profile::newId();
    profile.name = parser.value(nameOption).trimmed();
    QString problem =
        ProfileValidation::nameProblem(profile.name, QString(), profiles.manager.profiles());
    if (problem.isEmpty())
        problem = ProfileValidation::orgIdProblem(parser.value(orgIdOption));
    profile.orgId = ProfileValidation::extractOrgId(parser.value(orgIdOption));
    if (parser.isSet(baseUrlOption))
        profile.baseUrl = QUrl(parser.value(baseUrlOption).trimmed(), QUrl::StrictMode);
    if (problem.isEmpty())
        problem = ProfileValidation::baseUrlProblem(profile.baseUrl);
    profile.keyLabel = parser.value(labelOption).trimmed();
    if (problem.isEmpty() && parser.isSet(expiresOption)) {
        profile.keyExpiry = QDate::fromString(parser.value(expiresOption).trimmed(), Qt::ISODate);
        problem = profile.keyExpiry.isValid()
                      ? ProfileValidation::expiryProblem(profile.keyExpiry, today)
                      : QStringLiteral("--expires takes a date as YYYY-MM-DD, not '%1'.")
                            .arg(parser.value(expiresOption));
    }
    if (!problem.isEmpty())
        return usageError(problem);

    const QString key = readSecretLine(QStringLiteral("Admin API key for %1: ").arg(profile.name));
    problem = ProfileValidation::keyProblem(key);
    if (!problem.isEmpty())
        return usageError(QStringLiteral("no key on standard input. ") + problem);

    const KeyVerdict verdict = testKey(profile, key, today);
    if (!verdict.accepted()) {
        printErrorLine(QStringLiteral("the key was not saved: ") + verdict.message);
        return exitCodeFor(verdict);
    }
    const CredentialResult saved = waitFor<CredentialResult>(
        [&](QObject *context, auto done) { profiles.manager.save(profile, key, context, done); });
    if (!saved.ok()) {
        printErrorLine(QStringLiteral("the key works but was not saved: ") + saved.message);
        return ExitCode::Failure;
    }
    printToStdout(
        QStringLiteral("Saved profile '%1' for %2 (%3). The key is in the system "
                       "keychain.\n")
            .arg(profile.name,
                 verdict.orgName.isEmpty() ? QStringLiteral("the organization") : verdict.orgName,
                 profile.orgId));
    if (!profile.keyExpiry.isValid())
        printErrorLine(QStringLiteral("no --expires given: Orgdesk cannot warn you before this "
                                      "key expires."));
    return ExitCode::Success;
}

int list(const QCommandLineParser &parser)
{
    Profiles profiles;
    const QDate today = QDate::currentDate();
    const QList<Profile> all = profiles.manager.profiles();
    if (parser.isSet(namesOption)) {
        QString names;
        for (const Profile &profile : all)
            names += profile.name + u'\n';
        printToStdout(names);
        return ExitCode::Success;
    }
    const QString format =
        parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("table");
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Profile &profile : all) {
            array.append(QJsonObject{
                {QStringLiteral("name"), profile.name},
                {QStringLiteral("kind"), Profile::kindName(profile.kind)},
                {QStringLiteral("orgId"), profile.orgId},
                {QStringLiteral("baseUrl"),
                 profile.isSandbox() ? QString() : profile.baseUrl.toString()},
                {QStringLiteral("keyLabel"), profile.keyLabel},
                {QStringLiteral("keyExpiry"), profile.keyExpiry.toString(Qt::ISODate)},
            });
        }
        printToStdout(QString::fromUtf8(QJsonDocument(array).toJson()));
        return ExitCode::Success;
    }
    if (format != QLatin1String("table"))
        return usageError(QStringLiteral("--format must be table or json, not '%1'.").arg(format));
    if (all.isEmpty()) {
        printToStdout(QStringLiteral("No profiles yet. Add one with 'orgdesk-cli profile add'.\n"));
        return ExitCode::Success;
    }
    QList<QStringList> rows{{QStringLiteral("NAME"), QStringLiteral("ORG ID"),
                             QStringLiteral("BASE URL"), QStringLiteral("KEY LABEL"),
                             QStringLiteral("KEY EXPIRES")}};
    for (const Profile &profile : all) {
        rows.append({profile.name,
                     profile.isSandbox() ? QStringLiteral("(sandbox)") : profile.orgId,
                     profile.isSandbox() ? QString() : profile.baseUrl.toString(), profile.keyLabel,
                     expiryText(profile, today)});
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (int column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths[column], int(row[column].size()));
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (int column = 0; column < row.size(); ++column)
            line += row[column].leftJustified(widths[column] + 2);
        text += line.trimmed() + u'\n';
    }
    printToStdout(text);
    return ExitCode::Success;
}

int test(const QString &name)
{
    Profiles profiles;
    QString problem;
    const std::optional<Profile> profile = namedProfile(profiles, name, &problem);
    if (!profile)
        return usageError(problem);
    if (profile->isSandbox())
        return usageError(QStringLiteral("'%1' is the window's built-in sandbox; there is no key "
                                         "to test.")
                              .arg(name));
    const CredentialResult key = waitFor<CredentialResult>(
        [&](QObject *context, auto done) { profiles.manager.loadKey(profile->id, context, done); });
    if (!key.ok()) {
        printErrorLine(key.isUnavailable()
                           ? key.message
                           : QStringLiteral("no key for '%1' in the keychain.").arg(name));
        return ExitCode::Failure;
    }
    ApiClient client(profile->baseUrl);
    client.setRetryPolicy(KeyProbe::interactivePolicy());
    client.setApiKey(key.secret);
    KeyProbe probe(&client, profile->orgId);
    probe.setKeyExpiry(profile->keyExpiry, QDate::currentDate());
    const KeyVerdict verdict =
        waitFor<KeyVerdict>([&](QObject *context, auto done) { probe.verify(context, done); });
    if (!verdict.accepted()) {
        printErrorLine(verdict.message);
        return exitCodeFor(verdict);
    }
    QString text = QStringLiteral("The key of '%1' works for %2.\n")
                       .arg(name, verdict.orgName.isEmpty() ? profile->orgId : verdict.orgName);
    const KeyCapabilities reach = waitFor<KeyCapabilities>(
        [&](QObject *context, auto done) { probe.probeAreas(context, done); });
    for (const AreaAccess &access : reach.areas) {
        const char *mark = access.status == AreaAccess::Status::Reachable ? "yes"
                           : access.status == AreaAccess::Status::Refused ? "NO "
                                                                          : "?  ";
        text +=
            QStringLiteral("  %1  %2").arg(QLatin1String(mark), KeyProbe::areaName(access.area));
        if (!access.reason.isEmpty())
            text += QStringLiteral(": ") + access.reason;
        if (!access.remedy.isEmpty())
            text += u' ' + access.remedy;
        text += u'\n';
    }
    const QString expiry =
        KeyExpiry::message(profile->name, profile->keyExpiry, QDate::currentDate());
    if (!expiry.isEmpty())
        text += expiry + u'\n';
    printToStdout(text);
    return ExitCode::Success;
}

int remove(const QString &name, bool force)
{
    Profiles profiles;
    QString problem;
    const std::optional<Profile> profile = namedProfile(profiles, name, &problem);
    if (!profile)
        return usageError(problem);
    const CredentialResult removed = waitFor<CredentialResult>([&](QObject *context, auto done) {
        profiles.manager.remove(profile->id, force, context, done);
    });
    if (!removed.ok() && !force) {
        printErrorLine(QStringLiteral("the profile was kept, because its key could not be deleted "
                                      "from the keychain (--force removes it anyway): ") +
                       removed.message);
        return ExitCode::Failure;
    }
    if (!removed.ok()) {
        printErrorLine(
            QStringLiteral("removed profile '%1', but its key stays in the keychain: ").arg(name) +
            removed.message);
        return ExitCode::Success;
    }
    printToStdout(
        QStringLiteral("Removed profile '%1' and its keys from the keychain.\n").arg(name));
    return ExitCode::Success;
}

} // namespace

std::optional<Profile> namedProfile(Profiles &profiles, const QString &name, QString *problem)
{
    std::optional<Profile> profile = profiles.manager.profileNamed(name);
    if (!profile)
        *problem = QStringLiteral("there is no profile named '%1'. See 'orgdesk-cli profile list'.")
                       .arg(name);
    return profile;
}

int runProfileCommand(const QStringList &arguments)
{
    if (arguments.value(1) == QLatin1String("scim-key"))
        return runProfileScimKey(arguments);
    QCommandLineParser parser;
    parser.addOption({nameOption, QStringLiteral("The profile's name."), QStringLiteral("NAME")});
    parser.addOption({orgIdOption, QStringLiteral("The organization id."), QStringLiteral("ID")});
    parser.addOption({baseUrlOption, QStringLiteral("The API's base URL."), QStringLiteral("URL")});
    parser.addOption(
        {expiresOption, QStringLiteral("The key's expiry date."), QStringLiteral("DATE")});
    parser.addOption({labelOption, QStringLiteral("The key's label."), QStringLiteral("LABEL")});
    parser.addOption({formatOption, QStringLiteral("table or json."), QStringLiteral("FORMAT")});
    parser.addOption({forceOption, QStringLiteral("Remove even if the keychain fails.")});
    parser.addOption({namesOption, QStringLiteral("Only the names, one a line.")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("add") && positional.size() == 1) {
        if (!parser.isSet(nameOption) || !parser.isSet(orgIdOption))
            return usageError(QStringLiteral("'profile add' needs --name and --org-id; the key "
                                             "comes on standard input."));
        return add(parser);
    }
    if (action == QLatin1String("list") && positional.size() == 1)
        return list(parser);
    if (action == QLatin1String("test") && positional.size() == 2)
        return test(positional.at(1));
    if (action == QLatin1String("remove") && positional.size() == 2)
        return remove(positional.at(1), parser.isSet(forceOption));
    return usageError(QStringLiteral("'profile' takes add, list, test NAME, remove NAME or "
                                     "scim-key. Try 'orgdesk-cli --help'."));
}

std::optional<CliConnection> connectionForProfile(const QString &name, QString *problem)
{
    Profiles profiles;
    const std::optional<Profile> profile = namedProfile(profiles, name, problem);
    if (!profile)
        return std::nullopt;
    if (profile->isSandbox()) {
        *problem =
            QStringLiteral("'%1' is the window's built-in sandbox. Start orgdesk-sandbox and "
                           "use --org-id and --base-url instead.")
                .arg(name);
        return std::nullopt;
    }
    const CredentialResult key = waitFor<CredentialResult>(
        [&](QObject *context, auto done) { profiles.manager.loadKey(profile->id, context, done); });
    if (!key.ok()) {
        *problem = key.isUnavailable()
                       ? key.message
                       : QStringLiteral("no key for '%1' in the keychain; add it again with "
                                        "'orgdesk-cli profile add'.")
                             .arg(name);
        return std::nullopt;
    }
    return CliConnection{profile->baseUrl, profile->orgId, key.secret, profile->keyLabel};
}

std::optional<QString> orgIdForProfile(const QString &name, QString *problem)
{
    Profiles profiles;
    const std::optional<Profile> profile = namedProfile(profiles, name, problem);
    if (!profile)
        return std::nullopt;
    return profile->orgId;
}
