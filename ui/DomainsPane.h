#pragma once

#include "AreaPane.h"

#include <memory>

class Connection;
class DomainService;
class DomainsModel;
class FieldListPane;
class MessagePanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TableOrMessage;

// The Domains area: every domain of the organization with its claim type and status (problems
// marked), a status filter and a search; the picked domain's details say what its status means
// and what to do; "Show users on this domain" opens the Users area filtered by that e-mail domain.
class DomainsPane : public AreaPane
{
    Q_OBJECT

public:
    explicit DomainsPane(Connection *connection, QWidget *parent = nullptr);
    ~DomainsPane() override;

    void setScope(const QString &directoryId) override; // domains belong to the org: no scope
    void refresh() override;

    DomainsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *searchField() const { return m_search; }
    FieldListPane *detailPane() const { return m_detail; }
    QPushButton *showUsersButton() const { return m_showUsers; }
    QLabel *countLabel() const { return m_count; }
    // Selects the domain of that name (when shown); false when it is not in the table.
    bool selectDomain(const QString &name);

Q_SIGNALS:
    // "Show users on this domain": the Users area, filtered by this e-mail domain.
    void showUsersRequested(const QString &emailDomain);

private:
    QWidget *createToolbar();
    void applyFilters();
    void updateMessage();
    void showDetails();
    int currentSourceRow() const;

    std::unique_ptr<DomainService> m_service;
    DomainsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    TableOrMessage *m_tableArea = nullptr;
    QTableView *m_view = nullptr;
    MessagePanel *m_message = nullptr;
    FieldListPane *m_detail = nullptr;
    QPushButton *m_showUsers = nullptr;
    bool m_pickedOnce = false;
};
