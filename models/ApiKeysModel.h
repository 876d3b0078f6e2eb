#pragma once

#include "ApiAccessQuery.h"
#include "ApiKey.h"
#include "PagedTableModel.h"

class ApiAccessService;

// The organization's admin API keys, paged in from .../api-keys. Expiry, last use and scopes
// carry risk marks (RiskRole, a colour); the key Orgdesk itself connects with is marked too.
class ApiKeysModel : public PagedTableModel
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

    // Starts over with these filters.
    void setQuery(const ApiKeyQuery &query);
    const ApiKeyQuery &query() const { return m_query; }

    // The label of the key this connection uses (from its profile); the live key with that
    // label is marked. Empty: none is marked.
    void setKeyInUseLabel(const QString &label);
    QString keyInUseLabel() const { return m_inUseLabel; }
    bool isKeyInUse(const ApiKey &key) const;

    ApiKey keyAt(int row) const { return m_keys.value(row); }

    bool isServerSorted(int column) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Server-sorted columns ask the server for that order (and start over).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    Pager *createPager(QObject *parent) override;
    ApiReply *requestCount(QObject *context, ApiCallback<int> callback) override;
    void clearRows() override;

private:
    void onKeys(const QList<ApiKey> &keys, bool hasMore);
    QVariant display(const ApiKey &key, int column) const;
    QVariant raw(const ApiKey &key, int column) const;
    QVariant tooltip(const ApiKey &key, int column) const;
    QVariant foreground(const ApiKey &key, int column) const;

    const ApiAccessService *m_service;
    ApiKeyQuery m_query;
    QList<ApiKey> m_keys;
    QString m_inUseLabel;
};
