#pragma once

#include "DirectoryUser.h"

#include <QHash>
#include <QWidget>

class ActivityList;
class ApiClient;
class Connection;
class LastActiveView;
class PersonAccessView;
class PersonRolesView;
class PersonScimLinksView;
class QFormLayout;
class QLabel;
class QStackedWidget;
class UserService;

// The person picked in the users table: their profile, their access and, loaded on demand,
// when they were last active in each product, their roles, their SCIM links and their activity in
// the archived audit log.
class UserDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit UserDetailPane(QWidget *parent = nullptr);

    void setService(const UserService *service);
    // For the groups and what User management allows on a managed account.
    void setClient(ApiClient *client, const QString &orgId);
    PersonAccessView *accessView() const { return m_access; }
    // For the person's roles (and the workspace picker when granting access).
    void setConnection(Connection *connection);
    PersonRolesView *rolesView() const { return m_roles; }
    // The person's SCIM records in the identity providers' directories.
    PersonScimLinksView *scimLinksView() const { return m_scimLinks; }
    // The archived audit events where the person acted or was acted on.
    ActivityList *activityList() const { return m_activity; }
    void showUser(const DirectoryUser &user);
    // Nobody picked: a hint instead of empty fields.
    void clear();
    QString accountId() const { return m_accountId; }
    // The text a field shows (tests, accessibility); key as in the object names, e.g. "email".
    QString fieldText(const QString &key) const;

Q_SIGNALS:
    void lastActiveLoaded();

private:
    void addSection(QFormLayout *form, const QString &title);
    void addField(QFormLayout *form, const QString &key, const QString &label);
    void setField(const QString &key, const QString &text);

    QStackedWidget *m_pages;
    QLabel *m_name;
    QLabel *m_email;
    QLabel *m_accountIdLabel;
    QHash<QString, QLabel *> m_fields;
    LastActiveView *m_lastActive;
    PersonAccessView *m_access;
    PersonRolesView *m_roles;
    PersonScimLinksView *m_scimLinks;
    ActivityList *m_activity;
    QString m_accountId;
};
