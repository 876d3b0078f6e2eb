#pragma once

#include "ListAreaPane.h"

#include <memory>

class Connection;
class FieldListPane;
class MessagePanel;
class QListWidget;
class QPushButton;
class ScimGroupsModel;
class ScimService;

// The Groups tab of Provisioning: a SCIM directory's groups (searched by exact name, the only
// filter SCIM allows) and the picked group's members; creating a group, adding members by user
// name, removing picked members and deleting a group, each asked first where it removes
// something. In Groups each is a synced group: a change here shows there too.
class ScimGroupsView : public ListAreaPane
{
    Q_OBJECT

public:
    explicit ScimGroupsView(Connection *connection, QWidget *parent = nullptr);
    ~ScimGroupsView() override;

    void setService(ScimService *scim);

    ScimGroupsModel *model() const { return m_model; }
    QListWidget *members() const { return m_members; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *addMembersButton() const { return m_addMembers; }
    QPushButton *removeMembersButton() const { return m_removeMembers; }
    // The line under the toolbar saying how the last change went.
    QString resultText() const;

    void createGroup();
    void deleteSelected();
    void addMembers();
    void removePickedMembers();

protected:
    void applyFilters() override;
    void showDetails(int sourceRow) override;
    void updateActions() override;
    QString amount(int count) const override;

private:
    QWidget *createDetail();
    void showResult(const QString &text, bool isError);
    struct MemberLookup
    {
        QString groupId;
        QStringList pending; // user names still to look up
        QStringList ids;     // the records found
        QStringList unknown; // user names no record has
    };
    void addMembersNamed(const QString &groupId, const QStringList &userNames);
    void lookUpNextMember(const std::shared_ptr<MemberLookup> &lookup);
    void addFoundMembers(const MemberLookup &lookup);

    ScimService *m_scim = nullptr;
    ScimGroupsModel *m_model;
    FieldListPane *m_detail = nullptr;
    QListWidget *m_members = nullptr;
    QPushButton *m_create;
    QPushButton *m_delete;
    QPushButton *m_addMembers = nullptr;
    QPushButton *m_removeMembers = nullptr;
    MessagePanel *m_result;
};
