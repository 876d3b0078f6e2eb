#pragma once

#include "ListAreaPane.h"

#include <QPointer>

#include <memory>

class ApiClient;
class Connection;
class FieldListPane;
class QComboBox;
class QPushButton;
class QSortFilterProxyModel;
class ScimFindingsModel;
class ScimRepairDialog;
class ScimService;

// The Link check tab of Provisioning: every SCIM directory the profile has a key for, compared
// with the organization's accounts, one row per problem with its reason in words (orphaned or
// unlinked records, accounts with several records, e-mails that differ, active states that
// disagree, accounts without a record); narrowed by kind and text; exported as CSV. The picked
// problem's repair opens as a guided flow that shows each call before it is sent.
class ScimLinkCheckView : public ListAreaPane
{
    Q_OBJECT

public:
    explicit ScimLinkCheckView(Connection *connection, QWidget *parent = nullptr);
    ~ScimLinkCheckView() override;

    // The open directory (its client serves repairs of its records); nullptr: none.
    void setService(ScimService *scim);
    void refresh() override;

    ScimFindingsModel *model() const { return m_model; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *repairButton() const { return m_repair; }
    QComboBox *kindFilter() const { return m_kind; }
    FieldListPane *detailPane() const { return m_detail; }
    ScimRepairDialog *openRepair() const;

    void repairSelected();

protected:
    void applyFilters() override;
    void showDetails(int sourceRow) override;
    void updateActions() override;
    QString amount(int count) const override;
    QString countText() const override;
    bool hasFilters() const override;
    bool hasLocalFilter() const override { return true; }
    void clearFilters() override;
    QString noneText() const override;

private:
    QWidget *createDetail();
    void openRepairWith(const ScimService *scim);

    Connection *m_connection;
    ScimService *m_scim = nullptr;
    ScimFindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_kind;
    QPushButton *m_run;
    QPushButton *m_repair = nullptr;
    FieldListPane *m_detail = nullptr;
    QString m_progress; // "Read 1,200 records and 2,000 accounts…" while the check runs
    QPointer<ScimRepairDialog> m_openRepair;
    // A repair of another directory's record: that directory's client, made for it.
    QPointer<ApiClient> m_otherClient;
    std::unique_ptr<ScimService> m_otherDirectory;
};
