#pragma once

#include "InviteOperation.h"

#include <QPointer>
#include <QWidget>

class Connection;
class GroupPager;
class QLabel;
class QLineEdit;
class QListWidget;

// The groups an invitation adds people to: every group of the organization as a checkable
// list (paged in from groups/search), with a filter. Groups synced from an identity provider
// are listed but cannot be picked: their members change there.
class InviteGroupsField : public QWidget
{
    Q_OBJECT

public:
    InviteGroupsField(Connection *connection, QWidget *parent = nullptr);

    // Checks this group once it is listed (the group an "Invite into this group" came from).
    void preselect(const QString &groupId);
    QList<InviteSpec::GroupRef> checkedGroups() const;
    // Checks a listed group by its exact name; false when none is listed by that name.
    bool checkGroup(const QString &name);
    bool isLoading() const { return !m_pager.isNull(); }
    int groupCount() const;

Q_SIGNALS:
    void loaded();

private:
    void load();
    void filter(const QString &text);

    QPointer<Connection> m_connection;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_status;
    QPointer<GroupPager> m_pager;
    QStringList m_preselected;
};
