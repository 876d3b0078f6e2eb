#include "SpecContractFixture.h"

#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>

SpecContractFixture::SpecContractFixture() = default;
SpecContractFixture::~SpecContractFixture() = default;

bool SpecContractFixture::start(const sandbox::SandboxOptions &options, QString *error)
{
    if (!m_catalog.loadDirectory(QStringLiteral(ORGDESK_TEST_DATA_DIR "/specs"), error))
        return false;
    if (!m_server.start(options)) {
        *error = QStringLiteral("the server did not start");
        return false;
    }
    // A real service may answer properties its document lags behind on; the sandbox must not.
    m_contract = std::make_unique<SpecContract>(m_catalog, !m_server.isExternal());

    m_ids.insert(QStringLiteral("{org}"), m_server.orgId());
    m_ids.insert(QStringLiteral("{unknownOrg}"),
                 QStringLiteral("00000000-0000-4000-8000-000000000000"));
    m_ids.insert(QStringLiteral("{unknownUser}"), QStringLiteral("000000000000000000000000"));
    const HttpExchange directories =
        send("GET", fill(QStringLiteral("/admin/v2/orgs/{org}/directories")), {});
    const QString directory = object(directories)
                                  .value(QStringLiteral("data"))[0][QStringLiteral("directoryId")]
                                  .toString();
    if (directory.isEmpty()) {
        *error = QStringLiteral("no directory in: ") + QString::fromUtf8(directories.body);
        return false;
    }
    m_ids.insert(QStringLiteral("{dir}"), directory);
    const HttpExchange users =
        send("POST", fill(QStringLiteral("/admin/v2/orgs/{org}/directories/{dir}/users/search")),
             R"({"limit": 1})");
    const QString account =
        object(users).value(QStringLiteral("data"))[0][QStringLiteral("accountId")].toString();
    if (account.isEmpty()) {
        *error = QStringLiteral("no user in: ") + QString::fromUtf8(users.body);
        return false;
    }
    m_ids.insert(QStringLiteral("{user}"), account);
    // Two active managed accounts of that directory, invited (not synced from an identity
    // provider): User management may change them, and the write routes act on them.
    const HttpExchange managed =
        send("POST", fill(QStringLiteral("/admin/v2/orgs/{org}/directories/{dir}/users/search")),
             R"({"limit": 100, "status": ["active"], "claimStatus": "managed"})");
    QStringList writable;
    for (const QJsonValue &user : object(managed).value(QStringLiteral("data")).toArray()) {
        const QString id = user[QStringLiteral("accountId")].toString();
        if (user[QStringLiteral("managementSource")] == QStringLiteral("invited") &&
            user[QStringLiteral("emailVerified")].toBool() && id != account)
            writable.append(id);
    }
    if (writable.size() < 2) {
        *error = QStringLiteral("no two managed accounts in: ") + QString::fromUtf8(managed.body);
        return false;
    }
    m_ids.insert(QStringLiteral("{managedUser}"), writable.at(0));
    m_ids.insert(QStringLiteral("{otherUser}"), writable.at(1));
    return discoverGroups(error) && discoverScim(error);
}

bool SpecContractFixture::discoverScim(QString *error)
{
    if (!m_server.sandbox())
        return true; // no SCIM key for an external server: its SCIM rows are skipped
    const auto directories = m_server.sandbox()->scimDirectories();
    if (directories.isEmpty()) {
        *error = QStringLiteral("the sandbox has no SCIM directory");
        return false;
    }
    m_scimKey = directories.first().apiKey;
    m_ids.insert(QStringLiteral("{scimDir}"), directories.first().directoryId);
    const QString base = QStringLiteral("/scim/directory/") + directories.first().directoryId;
    const QJsonArray users =
        object(sendWithKey("GET", base + QStringLiteral("/Users?count=3"), {}, m_scimKey))
            .value(QStringLiteral("Resources"))
            .toArray();
    const QJsonArray groups =
        object(sendWithKey("GET", base + QStringLiteral("/Groups?count=1"), {}, m_scimKey))
            .value(QStringLiteral("Resources"))
            .toArray();
    auto account = [](const QJsonValue &user) {
        return user[QStringLiteral("urn:scim:schemas:extension:atlassian-external:1.0")]
                   [QStringLiteral("atlassianAccountId")]
                       .toString();
    };
    if (users.size() < 3 || groups.isEmpty() || account(users[0]).isEmpty() ||
        account(users[2]).isEmpty()) {
        *error = QStringLiteral("no three linked SCIM users and a group in ") + base;
        return false;
    }
    m_ids.insert(QStringLiteral("{scimUser}"), users[0][QStringLiteral("id")].toString());
    m_ids.insert(QStringLiteral("{scimOtherUser}"), users[1][QStringLiteral("id")].toString());
    m_ids.insert(QStringLiteral("{scimAccount}"), account(users[0]));
    m_ids.insert(QStringLiteral("{scimThirdAccount}"), account(users[2]));
    m_ids.insert(QStringLiteral("{scimGroup}"), groups[0][QStringLiteral("id")].toString());
    m_ids.insert(QStringLiteral("{scimGroupName}"),
                 groups[0][QStringLiteral("displayName")].toString());
    return true;
}

bool SpecContractFixture::discoverGroups(QString *error)
{
    const QString search = fill(QStringLiteral("/admin/v2/orgs/{org}/directories/-/groups/search"));
    const QJsonArray groups =
        object(send("POST", search, R"({"limit": 100, "expand": ["counts.resources"]})"))
            .value(QStringLiteral("data"))
            .toArray();
    const QJsonArray userGroups =
        object(send("POST", search, fill(QStringLiteral(R"({"accountIds": ["{user}"]})")).toUtf8()))
            .value(QStringLiteral("data"))
            .toArray();
    QString writable, synced, withRoles;
    for (const QJsonValue &group : groups) {
        const QString id = group[QStringLiteral("id")].toString();
        const bool member = std::any_of(userGroups.begin(), userGroups.end(),
                                        [&](const QJsonValue &g) { return g[u"id"_qs] == id; });
        if (writable.isEmpty() && !member && group[u"directoryId"_qs] == m_ids.value(u"{dir}"_qs) &&
            group[u"managementAccess"_qs][u"deletable"_qs].toBool())
            writable = id;
        if (synced.isEmpty() && group[u"externalSynced"_qs].toBool())
            synced = id;
        if (withRoles.isEmpty() && group[u"counts"_qs][u"resources"_qs].toInt() > 0)
            withRoles = id;
    }
    const QString resource =
        object(send("GET",
                    fill(QStringLiteral("/admin/v2/orgs/{org}/directories/-/groups/%1/"
                                        "role-assignments"))
                        .arg(withRoles),
                    {}))
            .value(QStringLiteral("data"))[0][QStringLiteral("resourceId")]
            .toString();
    // A real organization may lack one of them: only its group rows fail then.
    if ((writable.isEmpty() || synced.isEmpty() || resource.isEmpty()) && !m_server.isExternal()) {
        *error = QStringLiteral("no deletable group without {user}, synced group or role among: ") +
                 QString::fromUtf8(QJsonDocument(groups).toJson(QJsonDocument::Compact).left(400));
        return false;
    }
    m_ids.insert(QStringLiteral("{group}"), writable);
    m_ids.insert(QStringLiteral("{syncedGroup}"), synced);
    m_ids.insert(QStringLiteral("{resource}"), resource);
    return true;
}

QString SpecContractFixture::fill(const QString &text) const
{
    QString filled = text;
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
        filled.replace(it.key(), it.value());
    return filled;
}

HttpExchange SpecContractFixture::send(const QByteArray &method, const QString &pathOrUrl,
                                       const QByteArray &body, bool validKey)
{
    return sendWithKey(method, pathOrUrl, body,
                       validKey ? m_server.apiKey() : QStringLiteral("not-a-key"));
}

HttpExchange SpecContractFixture::sendWithKey(const QByteArray &method, const QString &pathOrUrl,
                                              const QByteArray &body, const QString &key)
{
    QString base = m_server.baseUrl().toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(pathOrUrl.startsWith(QLatin1String("http")) ? pathOrUrl : base + pathOrUrl);
    return sendRequest(m_network, method, url, body, key);
}

QJsonObject SpecContractFixture::object(const HttpExchange &exchange)
{
    return QJsonDocument::fromJson(exchange.body).object();
}
