#pragma once

#include "AreaPane.h"

#include <QPointer>

#include <memory>

class ApiClient;
class Connection;
class MessagePanel;
class QComboBox;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class ScimGroupsView;
class ScimLinkCheckView;
class ScimService;
class ScimUsersView;

// User provisioning (SCIM): pick one of the profile's identity-provider directories (each opened
// by its own SCIM key, kept in the keychain), then its user records, its groups, and the link
// check that compares the directory with the organization's accounts. Without a key the area
// says how to add one. Organization-wide: the directory picked in the sidebar does not apply.
class ProvisioningPane : public AreaPane
{
    Q_OBJECT

public:
    explicit ProvisioningPane(Connection *connection, QWidget *parent = nullptr);
    ~ProvisioningPane() override;

    void setScope(const QString &) override {}
    void refresh() override;
    // link.filter: a SCIM directory id; link.itemId: a record of it to show.
    void open(const AreaLink &link) override;

    QComboBox *directoryPicker() const { return m_directory; }
    QPushButton *addKeyButton() const { return m_addKey; }
    MessagePanel *message() const { return m_message; }
    QTabWidget *tabs() const { return m_tabs; }
    ScimUsersView *usersView() const { return m_users; }
    ScimGroupsView *groupsView() const { return m_groups; }
    ScimLinkCheckView *linkCheckView() const { return m_linkCheck; }
    ScimService *service() const { return m_service.get(); }
    // The message's text when it stands in the tabs' place; empty otherwise.
    QString messageText() const;

    void addKey();

private:
    void reloadDirectories();
    void openDirectory(const QString &directoryId);
    void onKey(const QString &directoryId, const QString &key);
    void showMessage(const QString &text, const QString &buttonText, bool isError);
    void showRecord(const QString &scimUserId);

    Connection *m_connection;
    QComboBox *m_directory;
    QPushButton *m_addKey;
    QStackedWidget *m_stack;
    MessagePanel *m_message;
    QTabWidget *m_tabs;
    ScimUsersView *m_users;
    ScimGroupsView *m_groups;
    ScimLinkCheckView *m_linkCheck;
    QPointer<ApiClient> m_client;
    std::unique_ptr<ScimService> m_service;
    QString m_openDirectoryId;
    QString m_pendingRecordId; // to show once its directory is open
    bool m_readySent = false;
};
