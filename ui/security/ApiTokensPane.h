#pragma once

#include "RequestScope.h"
#include "SecurityAreaPane.h"

#include <memory>

class ApiAccessService;
class ApiTokensModel;
class BulkJob;
class Connection;
class JobLauncher;
class QComboBox;
class QToolButton;
class TokenDateFilter;
class TokenRevokeFlow;

// The User API tokens area: every API token of the org's managed accounts with its owner, dates
// and status; risk marks for never used, unused 90+ days, owner suspended or deactivated,
// expiring within 7 days; every filter of the list (text, status, created and last-active
// dates) plus the risk presets; revoking several as one bulk job with a result per token, and
// the org-wide "revoke every token" behind the organization's name, typed.
class ApiTokensPane : public SecurityAreaPane
{
    Q_OBJECT

public:
    explicit ApiTokensPane(Connection *connection, QWidget *parent = nullptr);
    ~ApiTokensPane() override;

    ApiTokensModel *model() const { return m_model; }
    TokenRevokeFlow *revokeFlow() const { return m_revokeFlow; }
    JobLauncher *jobLauncher() const { return m_launcher; }
    QComboBox *statusFilter() const { return m_status; }
    TokenDateFilter *dateFilter() const { return m_dates; }

    // The org-wide revocation: reads the organization's name (what must be typed), then asks.
    void revokeEveryToken();

protected:
    void applyFilters() override;
    void showDetailsOf(int sourceRow) override;
    bool canRevoke(const QList<int> &sourceRows) const override;
    void revokeSelected() override;
    QString amount(int count) const override;
    bool hasFilters() const override;
    void clearFilters() override;

private:
    void addTokenWidgets();
    void sizeColumns();
    void onJobFinished(BulkJob *job);
    void showOtherTokens(const QString &accountId, const QString &tokenId);

    Connection *m_connection;
    std::unique_ptr<ApiAccessService> m_service;
    ApiTokensModel *m_model;
    JobLauncher *m_launcher;
    TokenRevokeFlow *m_revokeFlow;
    QComboBox *m_status = nullptr;
    TokenDateFilter *m_dates = nullptr;
    QToolButton *m_datesButton = nullptr;
    RequestScope m_everyTokenRequest{this}; // the org's name and token count, for the question
    RequestScope m_detailRequest{this};     // the picked row's: dies when another is picked
};
