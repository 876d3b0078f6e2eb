#pragma once

#include "RequestScope.h"

#include <QWidget>

class Connection;
class QLabel;
class QTreeView;
class SidebarModel;

// The left column: a "Sandbox" badge when the connection is the local sandbox, and the scope
// tree (the organization, its directories, then the areas).
class Sidebar : public QWidget
{
    Q_OBJECT

public:
    explicit Sidebar(QWidget *parent = nullptr);

    // Loads the organization's name and directories; nullptr empties the tree.
    void setConnection(Connection *connection);
    SidebarModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString orgName() const { return m_orgName; }

    void selectArea(const QString &key);

Q_SIGNALS:
    void areaPicked(const QString &key);
    void savedViewPicked(const QString &name);
    void scopePicked(const QString &directoryId);
    void orgNameChanged(const QString &name);

private:
    void onPicked();

    SidebarModel *m_model;
    QTreeView *m_view;
    QLabel *m_badge;
    QString m_orgName;
    RequestScope m_request{this}; // the connection's: late answers never land
};
