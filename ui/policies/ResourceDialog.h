#pragma once

#include "FormDialog.h"
#include "Policy.h"

class Connection;
class PolicyService;
class QLineEdit;
class QToolButton;
class WorkspacePicker;

// Adds a resource to a policy, or updates one's schedule and ticket link. A new resource is a
// site or workspace picked from the organization's (searched by name or URL), or one typed as
// its ARI ("Enter an ARI") when it is not listed. The server answers 202: the policy then
// applies there.
class ResourceDialog : public FormDialog
{
    Q_OBJECT

public:
    // A new resource when `resource.id` is empty.
    ResourceDialog(const PolicyService *service, Connection *connection, const Policy &policy,
                   const PolicyResource &resource, QWidget *parent = nullptr);

    QLineEdit *idField() const { return m_id; }
    WorkspacePicker *picker() const { return m_picker; } // null when updating
    // Shows the ARI field instead of the picker (or the picker again).
    void setEnteringAri(bool enter);
    bool isEnteringAri() const;
    QString resourceId() const; // the picked workspace's ARI, or the one typed
    static bool isResourceAri(const QString &text);

Q_SIGNALS:
    void saved(const Policy &policy, const QString &resourceId);

protected:
    QString validate() override;
    void apply() override;

private:
    const PolicyService *m_service;
    PolicyResource m_resource;
    Policy m_policy;
    bool m_adding;
    WorkspacePicker *m_picker = nullptr;
    QToolButton *m_enterAri = nullptr;
    QLineEdit *m_id;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_ticket;
};
