#pragma once

#include "Policy.h"

#include <QPointer>
#include <QWidget>

class FieldListPane;
class QTableWidget;
class WorkspaceDirectory;

// One policy in full: name, type, status, rules (as the other areas' details show fields), and its
// resources with how far the policy has
// got on each (in words and colours). A resource reads as its workspace ("acme-robotics · Jira",
// the ARI in its tooltip) once the workspaces are in; one not among them reads as its ARI.
// Data-security policies show their description, coverage and export rule instead; they are
// read-only here.
class PolicyDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyDetailView(QWidget *parent = nullptr);

    // Where resource names come from; the table is filled again when they arrive.
    void setWorkspaces(WorkspaceDirectory *workspaces);
    void showPolicy(const Policy &policy);
    void clear(const QString &message);
    const Policy &policy() const { return m_policy; }
    QTableWidget *resources() const { return m_resources; }
    QString selectedResourceId() const; // the ARI; empty when none is picked
    // "acme-robotics · Jira" for a known workspace, else the ARI itself.
    QString resourceName(const QString &resourceId) const;
    QString text() const; // everything shown, for tests

Q_SIGNALS:
    void resourceSelectionChanged();

private:
    void fillResources(const Policy &policy, const QString &picked);

    Policy m_policy;
    QPointer<WorkspaceDirectory> m_workspaces;
    FieldListPane *m_facts;
    QTableWidget *m_resources;
};
