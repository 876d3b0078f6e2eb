#pragma once

#include "ApiError.h"
#include "Domain.h"

#include <QAbstractTableModel>
#include <QPointer>

class DomainService;

// The organization's domains, every page loaded at once (an org has a handful). Display text is
// for people; RawValueRole gives the status key for filtering and sorting.
class DomainsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, ClaimType, Status, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1, // name, claim type key, status key (QString)
        IdRole,
    };

    explicit DomainsModel(const DomainService *service, QObject *parent = nullptr);

    void reload();
    bool isLoading() const { return !m_request.isNull(); }
    ApiError lastError() const { return m_error; }
    Domain domainAt(int row) const { return m_domains.value(row); }
    int rowOf(const QString &name) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The list is in (possibly empty), or the error that stopped it.
    void loaded();
    void errorOccurred(const ApiError &error);

private:
    const DomainService *m_service;
    QList<Domain> m_domains;
    ApiError m_error;
    QPointer<QObject> m_request; // dies with the load in flight: a late answer never lands
};
