#pragma once

#include "Policy.h"

#include <QAbstractTableModel>

// The policies of one type, as listed: name, status, rules, resources (with how far the policy
// has got on them). A row is replaced when a refresh of that one policy arrives.
class PoliciesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Rules, Resources, ColumnCount };
    Q_ENUM(Column)

    enum Role { IdRole = Qt::UserRole + 1, SettlingRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setPolicies(const QList<Policy> &policies);
    void appendPolicies(const QList<Policy> &policies);
    // Replaces the policy with that id (or appends it); returns its row.
    int updatePolicy(const Policy &policy);
    void removePolicy(const QString &policyId);
    const QList<Policy> &policies() const { return m_policies; }
    Policy policyAt(int row) const { return m_policies.value(row); }
    int rowOf(const QString &policyId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Policy> m_policies;
};
