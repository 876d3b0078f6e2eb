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
    QString base = m_server.baseUrl().toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(pathOrUrl.startsWith(QLatin1String("http")) ? pathOrUrl : base + pathOrUrl);
    const QString apiKey = validKey ? m_server.apiKey() : QStringLiteral("not-a-key");
    return sendRequest(m_network, method, url, body, apiKey);
}

QJsonObject SpecContractFixture::object(const HttpExchange &exchange)
{
    return QJsonDocument::fromJson(exchange.body).object();
}
