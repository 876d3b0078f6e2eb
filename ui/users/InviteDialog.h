#pragma once

#include "FormDialog.h"
#include "InviteOperation.h"
#include "PeopleList.h"

#include <QPointer>
#include <QTimer>

class BulkJob;
class Connection;
class InviteGroupsField;
class JobLauncher;
class PeopleResolver;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class WorkspaceRoleFields;

// Invites people (CATALOG §1.3, §9.3): their addresses pasted or loaded (one a line, commas,
// "Name <address>"), the workspaces and the role on each (workspace picker, only the roles the
// invite takes), the groups to add them to, and whether to send the invitation e-mail with a
// message. Before sending it says who is already in the organization (exact e-mail): they get
// the roles and groups rather than an invitation. Runs as one job in the jobs view, with a
// result per address.
class InviteDialog : public FormDialog
{
    Q_OBJECT

public:
    InviteDialog(Connection *connection, JobLauncher *launcher, QWidget *parent = nullptr);

    // Tests and "Invite into this group": fill the fields as a person would.
    void setAddresses(const QString &text);
    void preselectGroup(const QString &groupId);
    WorkspaceRoleFields *workspaceFields() const { return m_fields; }
    QPushButton *addGrantButton() const { return m_addGrant; }
    InviteGroupsField *groupsField() const { return m_groups; }
    QCheckBox *notifyBox() const { return m_notify; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    // The grant the workspace fields hold, added to the list; false when incomplete.
    bool addGrant();

    QString membersText() const; // who is already in the organization, in words
    bool isCheckingMembers() const;
    QList<InviteSpec::Grant> grants() const { return m_grants; }

Q_SIGNALS:
    void jobStarted(BulkJob *job);

protected:
    QString validate() override;
    void apply() override;

private:
    QWidget *createAddressField();
    QWidget *createGrantsField();
    void chooseFile();
    void checkMembers();
    void onMembersResolved();
    void removeSelectedGrant();
    void start();

    QPointer<Connection> m_connection;
    JobLauncher *m_launcher;
    QPlainTextEdit *m_addresses;
    QLabel *m_members;
    WorkspaceRoleFields *m_fields = nullptr;
    QPushButton *m_addGrant = nullptr;
    QTreeWidget *m_grantList = nullptr;
    InviteGroupsField *m_groups;
    QCheckBox *m_notify;
    QPlainTextEdit *m_message;
    QList<InviteSpec::Grant> m_grants;

    PeopleResolver *m_resolver = nullptr;
    QTimer m_checkDelay;
    PeopleList m_list;                     // what the addresses field holds, read
    QStringList m_askedEmails;             // what the running (or last) check asked about
    PeopleList m_checkedList;              // what the last finished check was for
    QHash<QString, QString> m_memberNames; // address -> name, of those already here
    bool m_startWhenChecked = false;
};
