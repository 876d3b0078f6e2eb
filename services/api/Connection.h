#pragma once

#include "OrgService.h"
#include "UserService.h"

#include <QObject>
#include <QString>
#include <QUrl>

class ApiClient;
class ScimKeyring;

// Everything that talks to one organization: the ApiClient (with its key) and the services built
// on it. The window holds one connection at a time and can swap it for another without a
// restart; deleting the connection drops every call still in flight.
class Connection : public QObject
{
    Q_OBJECT

public:
    Connection(const QUrl &baseUrl, const QString &orgId, const QString &apiKey,
               QObject *parent = nullptr);
    ~Connection() override;

    ApiClient *client() const { return m_client; }
    const OrgService &orgs() const { return m_orgs; }
    const UserService &users() const { return m_users; }
    QString orgId() const { return m_orgs.orgId(); }
    QUrl baseUrl() const;

    // A local sandbox rather than a real organization: the window says so, everywhere.
    bool isSandbox() const { return m_sandbox; }
    void setSandbox(bool sandbox) { m_sandbox = sandbox; }

    // A name for people (the profile's name, say); empty until someone sets one.
    QString displayName() const { return m_displayName; }
    void setDisplayName(const QString &name) { m_displayName = name; }

    // The label of the admin API key this connection uses (the profile's key label), so that
    // the API keys area can mark it; empty when not known.
    QString keyLabel() const { return m_keyLabel; }
    void setKeyLabel(const QString &label) { m_keyLabel = label; }

    // The open profile's SCIM directory keys; nullptr when nobody set them (a test, say).
    ScimKeyring *scimKeys() const { return m_scimKeys; }
    void setScimKeys(ScimKeyring *keys) { m_scimKeys = keys; }

private:
    ApiClient *m_client;
    OrgService m_orgs;
    UserService m_users;
    bool m_sandbox = false;
    QString m_displayName;
    QString m_keyLabel;
    ScimKeyring *m_scimKeys = nullptr;
};
