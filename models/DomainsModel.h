#pragma once

#include "Domain.h"
#include "RowListModel.h"

class DomainService;

// The organization's domains, as one whole list (an org has a handful), sorted by name. Display
// text is for people; RawValueRole gives the claim type and status keys for filtering and
// sorting.
class DomainsModel : public RowListModel<Domain>
{
    Q_OBJECT

public:
    enum Column { Name, ClaimType, Status, ColumnCount };
    Q_ENUM(Column)

    explicit DomainsModel(const DomainService *service, QObject *parent = nullptr);

    Domain domainAt(int row) const { return rowAt(row); }
    int rowOf(const QString &name) const; // -1 when not listed
    int needingAttention() const;

    bool isServerSorted(int) const override { return false; }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void requestWholeList(QObject *context) override;
    QVariant display(const Domain &domain, int column) const override;
    QVariant raw(const Domain &domain, int column) const override;
    QVariant tooltip(const Domain &domain, int column) const override;
    QVariant foreground(const Domain &domain, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    const DomainService *m_service;
};
