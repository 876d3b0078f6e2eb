#pragma once

#include "SpecContract.h"
#include "TestServer.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace sandbox {
struct SandboxOptions;
}

// What the contract tests share: the specs, the server (the sandbox unless the end-to-end
// environment names another), real ids discovered from it, and a way to send requests.
class SpecContractFixture
{
public:
    SpecContractFixture();
    ~SpecContractFixture();

    // Loads tests/data/specs, starts the server and discovers ids; false with the reason.
    bool start(const sandbox::SandboxOptions &options, QString *error);

    // Replaces the placeholders {org}, {dir} (a real directory), {user} (an account in it),
    // {managedUser} and {otherUser} (active managed accounts in it that User management may
    // change), {unknownOrg} and {unknownUser} with ids; {group} (a deletable group of {dir}
    // that {user} is not in), {syncedGroup} and {resource} (a workspace a group has a role on).
    // On the sandbox also a SCIM directory {scimDir}, two of its users {scimUser} and
    // {scimOtherUser}, the account of the first {scimAccount} and of a third {scimThirdAccount},
    // and a group {scimGroup} named {scimGroupName}.
    QString fill(const QString &text) const;

    // A request to a path of the server (or to a full URL), with its key or a wrong one.
    HttpExchange send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body,
                      bool validKey = true);
    // The same with this key.
    HttpExchange sendWithKey(const QByteArray &method, const QString &pathOrUrl,
                             const QByteArray &body, const QString &key);
    // The key of {scimDir}; empty against an external server.
    QString scimKey() const { return m_scimKey; }
    static QJsonObject object(const HttpExchange &exchange);

    TestServer &server() { return m_server; }
    const SpecCatalog &catalog() const { return m_catalog; }
    const SpecContract &contract() const { return *m_contract; }

private:
    bool discoverGroups(QString *error);
    bool discoverScim(QString *error);

    TestServer m_server;
    QNetworkAccessManager m_network;
    SpecCatalog m_catalog;
    std::unique_ptr<SpecContract> m_contract;
    QHash<QString, QString> m_ids;
    QString m_scimKey;
};
