#pragma once

#include "AccessListModel.h"
#include "ApiKey.h"

class ApiAccessService;

// The organization's admin API keys, paged in from .../api-keys. Expiry, last use and scopes
// carry risk marks (RiskRole, a colour); the key Orgdesk itself connects with is marked too.
class ApiKeysModel : public AccessListModel<ApiKey, ApiKeyQuery>
{
    Q_OBJECT

public:
    enum Column {
        Label,
        CreatedBy,
        Created,
        Expires,
        LastActive,
        Scopes,
        Status,
        Risk,
        RevokedBy,
        Revoked,
        ColumnCount
    };
    Q_ENUM(Column)

    enum KeyRole {
        InUseRole = FirstCustomRole, // bool: the key Orgdesk connects with
    };

    explicit ApiKeysModel(const ApiAccessService *service, QObject *parent = nullptr);

    // The label of the key this connection uses (from its profile); the live key with that
    // label is marked. Empty: none is marked.
    void setKeyInUseLabel(const QString &label);
    QString keyInUseLabel() const { return m_inUseLabel; }
    bool isKeyInUse(const ApiKey &key) const;

    ApiKey keyAt(int row) const { return rowAt(row); }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Pager *createPager(QObject *parent) override;
    ApiReply *requestCount(QObject *context, ApiCallback<int> callback) override;
    QVariant display(const ApiKey &key, int column) const override;
    QVariant raw(const ApiKey &key, int column) const override;
    QVariant tooltip(const ApiKey &key, int column) const override;
    QVariant foreground(const ApiKey &key, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    const ApiAccessService *m_service;
    QString m_inUseLabel;
};
