#pragma once

#include "AreaPane.h"
#include "Policy.h"

#include <QHash>
#include <QPointer>

#include <memory>

class AuthPolicyService;
class Connection;
class MessagePanel;
class PoliciesModel;
class PolicyDetailView;
class PolicyPager;
class PolicyService;
class PolicyWatcher;
class QComboBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

// The Policies area: the organization's IP allowlists and data-residency policies (list, view,
// create, edit, delete, resources, validate), data-security policies (read-only) and
// authentication policies (add people by e-mail). Policy writes answer 202 and apply later: a
// policy with resources still applying or removing is refreshed until it settles, live.
class PoliciesPane : public AreaPane
{
    Q_OBJECT

public:
    enum class Kind { IpAllowlist, DataResidency, DataSecurity, Authentication };

    explicit PoliciesPane(Connection *connection, QWidget *parent = nullptr);
    ~PoliciesPane() override;

    void setScope(const QString &directoryId) override;
    void refresh() override;

    void setKind(Kind kind);
    Kind kind() const;
    // How often a settling policy is read again (default 1 s).
    void setWatchInterval(int ms) { m_watchIntervalMs = ms; }
    void setAuthPollDelay(int ms) { m_authPollDelayMs = ms; }

    PoliciesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    PolicyDetailView *detail() const { return m_detail; }
    QString messageText() const;
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
    void addPeopleToAuthPolicy();

private:
    void buildUi();
    void load();
    void maybeReady();
    void showSelected();
    void updateActions();
    void openResourceDialog(const PolicyResource &resource); // empty id: a new one
    void watch(const QString &policyId);
    void policyChanged(const Policy &policy);
    void say(const QString &text, bool isError = false);
    bool listsType(const QString &type) const;

    Connection *m_connection;
    std::unique_ptr<PolicyService> m_service;
    std::unique_ptr<AuthPolicyService> m_auth;
    PoliciesModel *m_model;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_view = nullptr;
    PolicyDetailView *m_detail = nullptr;
    MessagePanel *m_message = nullptr;
    QLineEdit *m_authPolicyId = nullptr;
    QPushButton *m_new = nullptr, *m_edit = nullptr, *m_delete = nullptr, *m_validate = nullptr;
    QPushButton *m_addResource = nullptr, *m_updateResource = nullptr, *m_removeResource = nullptr,
                *m_addPeople = nullptr;
    QPointer<PolicyPager> m_pager;
    QHash<QString, PolicyWatcher *> m_watchers;
    int m_watchIntervalMs = 1000;
    int m_authPollDelayMs = 500;
    bool m_listed = false; // a first list is in (or failed)
    bool m_readyEmitted = false;
};
