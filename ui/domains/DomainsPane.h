#pragma once

#include "ListAreaPane.h"

#include <memory>

class Connection;
class DomainFilterProxy;
class DomainService;
class DomainsModel;
class FieldListPane;
class QComboBox;
class QPushButton;

// The Domains area: every domain of the organization with its claim type and status (problems
// marked), a status filter and a search; the picked domain's details say what its status means
// and what to do; "Show users on this domain" opens the Users area filtered by that e-mail domain.
class DomainsPane : public ListAreaPane
{
    Q_OBJECT

public:
    explicit DomainsPane(Connection *connection, QWidget *parent = nullptr);
    ~DomainsPane() override;

    DomainsModel *model() const { return m_model; }
    QComboBox *statusFilter() const { return m_status; }
    FieldListPane *detailPane() const { return m_detail; }
    QPushButton *showUsersButton() const { return m_showUsers; }
    // Selects the domain of that name (when shown); false when it is not in the table.
    bool selectDomain(const QString &name);
    // link.filter "needsAttention": the domains needing attention.
    void open(const AreaLink &link) override;

protected:
    void applyFilters() override;
    void showDetails(int sourceRow) override;
    QString amount(int count) const override;
    QString countText() const override;
    bool hasFilters() const override;
    bool hasLocalFilter() const override { return true; }
    void clearFilters() override;

private:
    QWidget *createDetail();
    void pickFirstNeedingAttention();

    std::unique_ptr<DomainService> m_service;
    DomainsModel *m_model;
    DomainFilterProxy *m_proxy;
    QComboBox *m_status = nullptr;
    FieldListPane *m_detail = nullptr;
    QPushButton *m_showUsers = nullptr;
    bool m_pickedOnce = false;
};
