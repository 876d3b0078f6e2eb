#pragma once

#include "Domain.h"
#include "PagedTableModel.h"

class DomainService;

// The organization's domains, as one whole list (an org has a handful), sorted by name. Display
// text is for people; RawValueRole gives the claim type and status keys for filtering and
// sorting.
class DomainsModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { Name, ClaimType, Status, ColumnCount };
    Q_ENUM(Column)

    explicit DomainsModel(const DomainService *service, QObject *parent = nullptr);

    Domain domainAt(int row) const { return m_domains.value(row); }
    int rowOf(const QString &name) const; // -1 when not listed
    int needingAttention() const;

    bool isServerSorted(int) const override { return false; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void requestWholeList(QObject *context) override;
    void clearRows() override { m_domains.clear(); }

private:
    const DomainService *m_service;
    QList<Domain> m_domains;
};
