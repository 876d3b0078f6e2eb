#include "PoliciesModel.h"

#include "PolicyService.h"
#include "PolicyText.h"

#include <memory>

PoliciesModel::PoliciesModel(const PolicyService *service, QObject *parent)
    : PagedTableModel(parent), m_service(service)
{}

void PoliciesModel::setType(Policy::Type type)
{
    if (type == m_type)
        return;
    m_type = type;
    reload();
}

// The service hands out the list a page at a time: every page is gathered, then the list
// arrives whole. The pager goes with the context when the query is replaced.
void PoliciesModel::requestWholeList(QObject *context)
{
    // Data-security policies are listed by Admin Control v2 only.
    PolicyPager *pager = m_type == Policy::Type::DataSecurity
                             ? m_service->dataSecurityPolicies(context)
                             : m_service->policies(Policy::typeKey(m_type), context);
    auto gathered = std::make_shared<QList<Policy>>();
    connect(pager, &PolicyPager::policiesReceived, context,
            [this, pager, gathered](const QList<Policy> &page, bool hasMore) {
                *gathered += page;
                if (hasMore) {
                    pager->fetchNext();
                    return;
                }
                appendRows(m_policies, *gathered);
                pageArrived(false);
            });
    connect(pager, &Pager::failed, context, [this](const ApiError &error) { listFailed(error); });
    pager->fetchNext();
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
        appendRows(m_policies, {policy});
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
    rowsRemovedFromServer(1);
}

int PoliciesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_policies.size());
}

int PoliciesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoliciesModel::display(const Policy &policy, int column) const
{
    switch (column) {
    case Name:
        return policy.name.isEmpty() ? tr("(no name)") : policy.name;
    case Status:
        return PolicyText::status(policy);
    case Rules:
        return PolicyText::rules(policy);
    case Resources:
        return policy.type == Policy::Type::DataSecurity
                   ? QString()
                   : PolicyText::resourcesSummary(policy.resources);
    default:
        return {};
    }
}

QVariant PoliciesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Policy &policy = m_policies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case ExportRole:
        return display(policy, index.column());
    case RawValueRole:
        if (index.column() == Status)
            return policy.status;
        if (index.column() == Resources)
            return int(policy.resources.size());
        return display(policy, index.column());
    case IdRole:
        return policy.id;
    case SettlingRole:
        return policy.isSettling();
    case Qt::ForegroundRole:
        if (index.column() != Resources)
            return {};
        for (const PolicyResource &resource : policy.resources) {
            if (resource.isSettling() || resource.hasFailed())
                return PolicyText::applicationColor(resource);
        }
        return {};
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
