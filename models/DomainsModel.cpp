#include "DomainsModel.h"

#include "DomainService.h"
#include "DomainText.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace {

// A dot in the status's colour (green when verified), so that problems stand out at a glance
// even without an icon theme.
QIcon statusIcon(const Domain &domain)
{
    const QColor color =
        domain.needsAttention() ? DomainText::color(domain) : QColor(0x22, 0xa0, 0x6b);
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    painter.end();
    QIcon icon;
    icon.addPixmap(pixmap, QIcon::Normal);
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

} // namespace

DomainsModel::DomainsModel(const DomainService *service, QObject *parent)
    : PagedTableModel(parent), m_service(service)
{}

void DomainsModel::requestWholeList(QObject *context)
{
    m_service->domains(context, [this](const ApiResult<QList<Domain>> &result) {
        if (!result.ok()) {
            listFailed(result.error);
            return;
        }
        QList<Domain> domains = result.value;
        std::sort(domains.begin(), domains.end(), [](const Domain &a, const Domain &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        appendRows(m_domains, domains);
        pageArrived(false);
    });
}

int DomainsModel::needingAttention() const
{
    return int(std::count_if(m_domains.begin(), m_domains.end(),
                             [](const Domain &domain) { return domain.needsAttention(); }));
}

int DomainsModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_domains.size(); ++row) {
        if (m_domains.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int DomainsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_domains.size());
}

int DomainsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Domain &domain = m_domains.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Name)
            return domain.name;
        if (column == ClaimType)
            return DomainText::claimType(domain);
        return DomainText::status(domain);
    case RawValueRole:
        if (column == Name)
            return domain.name;
        if (column == ClaimType)
            return domain.claimTypeText;
        return domain.statusText;
    case IdRole:
        return domain.id;
    case ExportRole:
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (column == Status && DomainText::color(domain).isValid())
            return DomainText::color(domain);
        return {};
    case Qt::DecorationRole:
        if (column == Status)
            return statusIcon(domain);
        return {};
    case Qt::ToolTipRole:
        if (column == Status)
            return DomainText::meaning(domain);
        return {};
    default:
        return {};
    }
}

QVariant DomainsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Domain");
    case ClaimType:
        return tr("Claim type");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}
