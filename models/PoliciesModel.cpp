#include "PoliciesModel.h"

#include "PolicyText.h"

void PoliciesModel::setPolicies(const QList<Policy> &policies)
{
    beginResetModel();
    m_policies = policies;
    endResetModel();
}

void PoliciesModel::appendPolicies(const QList<Policy> &policies)
{
    if (policies.isEmpty())
        return;
    const int first = int(m_policies.size());
    beginInsertRows({}, first, first + int(policies.size()) - 1);
    m_policies += policies;
    endInsertRows();
}

int PoliciesModel::rowOf(const QString &policyId) const
{
    for (int row = 0; row < m_policies.size(); ++row) {
        if (m_policies.at(row).id == policyId)
            return row;
    }
    return -1;
}

int PoliciesModel::updatePolicy(const Policy &policy)
{
    const int row = rowOf(policy.id);
    if (row < 0) {
        appendPolicies({policy});
        return int(m_policies.size()) - 1;
    }
    m_policies[row] = policy;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return row;
}

void PoliciesModel::removePolicy(const QString &policyId)
{
    const int row = rowOf(policyId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_policies.removeAt(row);
    endRemoveRows();
}

int PoliciesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_policies.size());
}

int PoliciesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoliciesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_policies.size())
        return {};
    const Policy &policy = m_policies.at(index.row());
    if (role == IdRole)
        return policy.id;
    if (role == SettlingRole)
        return policy.isSettling();
    if (role == Qt::ForegroundRole && index.column() == Resources) {
        for (const PolicyResource &resource : policy.resources) {
            if (resource.isSettling() || resource.hasFailed())
                return PolicyText::applicationColor(resource.applicationStatus);
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return policy.name.isEmpty() ? tr("(no name)") : policy.name;
    case Status:
        return PolicyText::status(policy.status);
    case Rules:
        return PolicyText::rules(policy);
    case Resources:
        return policy.isType(Policy::DataSecurity) ? QString()
                                                   : PolicyText::resourcesSummary(policy.resources);
    default:
        return {};
    }
}

QVariant PoliciesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Rules:
        return tr("Rules");
    case Resources:
        return tr("Resources");
    default:
        return {};
    }
}
