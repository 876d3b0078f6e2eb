#pragma once

#include "AccessListModel.h"
#include "AccessRisk.h"
#include "ApiToken.h"

#include <QHash>
#include <QSet>

class ApiAccessService;
class UserService;

// The API tokens of the org's managed accounts, paged in from .../api-tokens. The list does not
// say whether an owner is still active, so each page's owners are looked up in the directory
// (users/search, ten people a call) and their status fills in when it comes. Risk marks: never
// used, unused for 90+ days, owner suspended or deactivated, expiring within 7 days (or expired).
class ApiTokensModel : public AccessListModel<ApiToken, ApiTokenQuery>
{
    Q_OBJECT

public:
    enum Column {
        Label,
        Owner,
        Email,
        Created,
        Expires,
        LastActive,
        Status,
        OwnerStatus,
        Risk,
        ColumnCount
    };
    Q_ENUM(Column)

    enum TokenRole {
        AccountIdRole = FirstCustomRole, // the owner's account id
    };

    ApiTokensModel(const ApiAccessService *service, const UserService *users,
                   QObject *parent = nullptr);

    ApiToken tokenAt(int row) const { return rowAt(row); }
    // The owner's directory status (active, suspended...); empty while not known.
    QString ownerStatus(const QString &accountId) const { return m_ownerStatus.value(accountId); }
    AccessRisk::Flags riskAt(int row) const;
    // Whether owners' statuses are still being looked up.
    bool isLookingUpOwners() const { return m_lookupsInFlight > 0; }

    // Takes revoked tokens out of the table (and the total): they no longer exist.
    void removeTokens(const QSet<QString> &tokenIds);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Some owners' statuses came in (their rows changed too).
    void ownerStatusesChanged();

protected:
    Pager *createPager(QObject *parent) override;
    ApiReply *requestCount(QObject *context, ApiCallback<int> callback) override;
    void clearRows() override;
    QVariant display(const ApiToken &token, int column) const override;
    QVariant raw(const ApiToken &token, int column) const override;
    QVariant tooltip(const ApiToken &token, int column) const override;
    QVariant foreground(const ApiToken &token, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    void onTokens(const QList<ApiToken> &tokens, bool hasMore);
    void lookUpOwners(const QList<ApiToken> &tokens);
    void ownersLookedUp(const QStringList &asked, const QHash<QString, QString> &statuses);

    const ApiAccessService *m_service;
    const UserService *m_users;
    QHash<QString, QString> m_ownerStatus; // account id -> status; "" = looked up, not found
    QSet<QString> m_asked;
    int m_lookupsInFlight = 0;
};
