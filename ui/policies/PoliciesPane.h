#pragma once

#include "ListAreaPane.h"
#include "Policy.h"

#include <QHash>

#include <memory>

class AuthPolicyService;
class Connection;
class MessagePanel;
class PoliciesModel;
class PolicyDetailView;
class PolicyService;
class PolicyWatcher;
class QComboBox;
class QSortFilterProxyModel;

// The Policies area: the organization's IP allowlists and data-residency policies (list, view,
// create, edit, delete, resources, validate) and data-security policies (read-only), one kind at
// a time; and, as an action, adding people to an authentication policy named by its id. Policy
// writes answer 202 and apply later: a policy with resources still applying or removing is
// refreshed until it settles, live, and a line under the toolbar says how it went.
class PoliciesPane : public ListAreaPane
{
    Q_OBJECT

public:
    enum class Kind { IpAllowlist, DataResidency, DataSecurity };

    explicit PoliciesPane(Connection *connection, QWidget *parent = nullptr);
    ~PoliciesPane() override;

    void refresh() override;
    // link.filter: a policy type key (the kind to show); link.itemId: the policy to pick.
    void open(const AreaLink &link) override;

    void setKind(Kind kind);
    Kind kind() const;
    // How often a settling policy is read again (default 1 s).
    void setWatchInterval(int ms) { m_watchIntervalMs = ms; }
    void setAuthPollDelay(int ms) { m_authPollDelayMs = ms; }

    PoliciesModel *model() const { return m_model; }
    PolicyDetailView *detail() const { return m_detail; }
    // The status line under the toolbar ("“Office networks” is applied."); empty when hidden.
    QString statusText() const;
    bool isWatching(const QString &policyId) const { return m_watchers.contains(policyId); }
    bool selectPolicy(const QString &policyId);
    Policy selectedPolicy() const;

    // The actions, as the buttons run them.
    void newPolicy();
    void editSelected();
    void deleteSelected();
    void addResource();
    void updateResource();
    void removeResource();
    void validateSelected();
    // Asks for an authentication policy's id, then adds people to it.
    void askForAuthPolicy();
    void addPeopleToAuthPolicy(const QString &policyId);

protected:
    void applyFilters() override {}
    void showDetails(int sourceRow) override;
    void updateActions() override;
    QString amount(int count) const override;
    QString countText() const override;
    bool isDetailReady() const override;

private:
    QWidget *createDetail();
    void addActions();
    void kindChanged();
    void beforeReload();
    void afterList();
    void openResourceDialog(const PolicyResource &resource); // empty id: a new one
    void watch(const QString &policyId);
    void stopWatching();
    void policyChanged(const Policy &policy);
    void say(const QString &text, bool isError = false);

    Connection *m_connection;
    std::unique_ptr<PolicyService> m_service;
    std::unique_ptr<AuthPolicyService> m_auth;
    PoliciesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_kind = nullptr;
    PolicyDetailView *m_detail = nullptr;
    MessagePanel *m_status = nullptr;
    QPushButton *m_new = nullptr, *m_edit = nullptr, *m_delete = nullptr, *m_validate = nullptr;
    QPushButton *m_addResource = nullptr, *m_updateResource = nullptr, *m_removeResource = nullptr;
    QHash<QString, PolicyWatcher *> m_watchers;
    QString m_keep;         // the policy picked before a reload, picked again after it
    QString m_authPolicyId; // the last one named, offered again
    int m_watchIntervalMs = 1000;
    int m_authPollDelayMs = 500;
};
