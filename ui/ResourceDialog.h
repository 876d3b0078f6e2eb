#pragma once

#include "FormDialog.h"
#include "Policy.h"

class PolicyService;
class QLineEdit;

// Adds a resource (a site or workspace, by its ARI) to a policy, or updates one's schedule and
// ticket link. The server answers 202: the policy then applies there.
class ResourceDialog : public FormDialog
{
    Q_OBJECT

public:
    // A new resource when `resource.id` is empty.
    ResourceDialog(const PolicyService *service, const Policy &policy,
                   const PolicyResource &resource, QWidget *parent = nullptr);

    QLineEdit *idField() const { return m_id; }
    static bool isResourceAri(const QString &text);

Q_SIGNALS:
    void saved(const Policy &policy, const QString &resourceId);

protected:
    QString validate() override;
    void apply() override;

private:
    const PolicyService *m_service;
    QString m_policyId;
    PolicyResource m_resource;
    bool m_adding;
    QLineEdit *m_id;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_ticket;
};
