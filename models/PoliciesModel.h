#pragma once

#include "PagedTableModel.h"
#include "Policy.h"

class PolicyService;

// The policies of one type, as one whole list (an organization has a handful): name, status,
// rules, resources (with how far the policy has got on them). A row is replaced when a refresh
// of that one policy arrives. RawValueRole gives the keys to sort by.
class PoliciesModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Rules, Resources, ColumnCount };
    Q_ENUM(Column)

    enum Role { SettlingRole = FirstCustomRole };

    explicit PoliciesModel(const PolicyService *service, QObject *parent = nullptr);

    // Which policies to list (IP allowlists by default); another type reloads.
    void setType(Policy::Type type);
    Policy::Type type() const { return m_type; }

    // Replaces the policy with that id (or appends it); returns its row.
    int updatePolicy(const Policy &policy);
    void removePolicy(const QString &policyId);
    const QList<Policy> &policies() const { return m_policies; }
    Policy policyAt(int row) const { return m_policies.value(row); }
    int rowOf(const QString &policyId) const; // -1 when absent

    bool isServerSorted(int) const override { return false; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void requestWholeList(QObject *context) override;
    void clearRows() override { m_policies.clear(); }

private:
    QVariant display(const Policy &policy, int column) const;

    const PolicyService *m_service;
    Policy::Type m_type = Policy::Type::IpAllowlist;
    QList<Policy> m_policies;
};
