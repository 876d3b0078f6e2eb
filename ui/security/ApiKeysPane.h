#pragma once

#include "SecurityAreaPane.h"

#include <memory>

class ApiAccessService;
class ApiKeysModel;
class Connection;
class JobLauncher;
class KeyRevokeFlow;

// The Admin API keys area: every key of the organization with its expiry (days left, marked
// under 30 and under 7), last use, scopes ("none" marked as full access), status and who
// revoked it; filters for expiring, expired, inactive, never used and full-access keys; revoking
// one or several (typed confirmation; a second warning for the key Orgdesk connects with).
class ApiKeysPane : public SecurityAreaPane
{
    Q_OBJECT

public:
    explicit ApiKeysPane(Connection *connection, QWidget *parent = nullptr);
    ~ApiKeysPane() override;

    ApiKeysModel *model() const { return m_model; }
    KeyRevokeFlow *revokeFlow() const { return m_revokeFlow; }
    JobLauncher *jobLauncher() const { return m_launcher; }

protected:
    void applyFilters() override;
    void showDetailsOf(int sourceRow) override;
    bool canRevoke(const QList<int> &sourceRows) const override;
    void revokeSelected() override;
    QString amount(int count) const override;

private:
    void sizeColumns();

    Connection *m_connection;
    std::unique_ptr<ApiAccessService> m_service;
    ApiKeysModel *m_model;
    JobLauncher *m_launcher;
    KeyRevokeFlow *m_revokeFlow;
};
