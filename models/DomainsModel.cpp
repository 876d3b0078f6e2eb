#include "DomainsModel.h"

#include "DomainService.h"
#include "DomainText.h"
#include "StatusColors.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace {

// A dot in the status's colour (green when verified), so that problems stand out at a glance
// even without an icon theme.
QIcon statusIcon(const Domain &domain)
{
    const QColor color = domain.needsAttention() ? DomainText::color(domain) : StatusColors::ok();
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
    : RowListModel(ColumnCount, parent), m_service(service)
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
        addPage(domains, false);
    });
}

int DomainsModel::needingAttention() const
{
    return int(std::count_if(rows().begin(), rows().end(),
                             [](const Domain &domain) { return domain.needsAttention(); }));
}

int DomainsModel::rowOf(const QString &name) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rows().at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QVariant DomainsModel::display(const Domain &domain, int column) const
{
    if (column == Name)
        return domain.name;
    if (column == ClaimType)
        return DomainText::claimType(domain);
    return DomainText::status(domain);
}

QVariant DomainsModel::raw(const Domain &domain, int column) const
{
    if (column == Name)
        return domain.name;
    if (column == ClaimType)
        return domain.claimTypeText;
    return domain.statusText;
}

QVariant DomainsModel::tooltip(const Domain &domain, int column) const
{
    return column == Status ? DomainText::meaning(domain) : QVariant();
}

QVariant DomainsModel::foreground(const Domain &domain, int column) const
{
    const QColor color = DomainText::color(domain);
    return column == Status && color.isValid() ? color : QVariant();
}

QVariant DomainsModel::extraData(int row, int column, int role) const
{
    const Domain &domain = rows().at(row);
    if (role == IdRole)
        return domain.id;
    if (role == Qt::DecorationRole && column == Status)
        return statusIcon(domain);
    return QVariant();
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
