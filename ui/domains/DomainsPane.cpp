#include "DomainsPane.h"

#include "AreaLink.h"
#include "Connection.h"
#include "DomainService.h"
#include "DomainText.h"
#include "DomainsModel.h"
#include "FieldListPane.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>

// Keeps the rows whose status is in the picked set and whose name holds the search text.
class DomainFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QString &text, const QStringList &statuses)
    {
        m_text = text;
        m_statuses = statuses;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex name = sourceModel()->index(row, DomainsModel::Name, parent);
        const QString status = sourceModel()
                                   ->index(row, DomainsModel::Status, parent)
                                   .data(DomainsModel::RawValueRole)
                                   .toString();
        if (!m_statuses.isEmpty() && !m_statuses.contains(status))
            return false;
        return m_text.isEmpty() || name.data().toString().contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_text;
    QStringList m_statuses;
};

namespace {

ListAreaPane::Texts domainTexts()
{
    return {DomainsPane::tr("Search domains"),
            DomainsPane::tr("Loading domains\u2026"),
            DomainsPane::tr("The organization has no domains. Add and verify one in Atlassian "
                            "Administration (Settings \u203a Domains)."),
            DomainsPane::tr("No domains match these filters."),
            DomainsPane::tr("Could not load the domains."),
            QStringLiteral("domains.csv")};
}

} // namespace

DomainsPane::DomainsPane(Connection *connection, QWidget *parent)
    : ListAreaPane(QStringLiteral("domains"), domainTexts(), parent),
      m_service(std::make_unique<DomainService>(connection->client(), connection->orgId())),
      m_model(new DomainsModel(m_service.get(), this)), m_proxy(new DomainFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DomainsModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    build(m_model, m_proxy, createDetail());
    setMultiSelection(false);
    setSearchDelay(0); // the search narrows the loaded rows
    view()->sortByColumn(DomainsModel::Name, Qt::AscendingOrder);
    view()->horizontalHeader()->resizeSection(DomainsModel::Name, 260);
    view()->horizontalHeader()->resizeSection(DomainsModel::ClaimType, 260);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("domainsStatus"));
    const QString problems = QStringLiteral("unverified,missing_token,superseded,deleted");
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Needing attention"), problems);
    const Domain::Status statuses[] = {Domain::Status::Verified, Domain::Status::Unverified,
                                       Domain::Status::MissingToken, Domain::Status::Superseded,
                                       Domain::Status::Deleted};
    for (Domain::Status status : statuses) {
        Domain sample;
        sample.status = status;
        m_status->addItem(DomainText::status(sample), Domain::statusKey(status));
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, &DomainsPane::applyFilters);
    addFilterWidget(m_status);

    connect(m_model, &PagedTableModel::firstPageLoaded, this, [this] {
        applyFilters();
        pickFirstNeedingAttention();
    });
    refresh();
}

DomainsPane::~DomainsPane() = default;

QWidget *DomainsPane::createDetail()
{
    m_detail = new FieldListPane(this);
    m_detail->setObjectName(QStringLiteral("domainDetail"));
    m_detail->clear(tr("Pick a domain to see what its status means."));
    m_showUsers = new QPushButton(tr("Show users on this domain"), this);
    m_showUsers->setObjectName(QStringLiteral("showDomainUsers"));
    m_showUsers->setToolTip(tr("Opens the Users area filtered by this e-mail domain"));
    m_showUsers->setEnabled(false);
    connect(m_showUsers, &QPushButton::clicked, this, [this] {
        const int row = currentSourceRow();
        if (row < 0)
            return;
        UserFilter filter;
        filter.emailDomains = {m_model->domainAt(row).name};
        Q_EMIT openRequested(AreaLink::usersFiltered(filter));
    });
    return detailWithFooter(m_detail, m_showUsers);
}

// The first time in, the first domain that needs attention is picked and explained.
void DomainsPane::pickFirstNeedingAttention()
{
    if (m_pickedOnce || m_model->rowCount() == 0)
        return;
    m_pickedOnce = true;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        if (m_model->domainAt(source).needsAttention()) {
            view()->selectRow(row);
            return;
        }
    }
}

bool DomainsPane::selectDomain(const QString &name)
{
    const int row = m_model->rowOf(name);
    return row >= 0 && selectSourceRow(row);
}

QString DomainsPane::amount(int count) const
{
    return tr("%n domains", nullptr, count);
}

QString DomainsPane::countText() const
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    QString text =
        shown == all ? amount(shown) : tr("%1 of %2").arg(QLocale().toString(shown), amount(all));
    const int attention = m_model->needingAttention();
    if (attention > 0)
        text += tr(" \u00b7 %n needing attention", nullptr, attention);
    return text;
}

void DomainsPane::open(const AreaLink &link)
{
    if (link.filter != QLatin1String("needsAttention"))
        return;
    const int needing = 1; // the item after "All statuses"
    if (m_status->currentIndex() == needing && !ListAreaPane::hasFilters())
        return;
    {
        const QSignalBlocker quiet(m_status); // one apply, in clearFilters
        m_status->setCurrentIndex(needing);
    }
    ListAreaPane::clearFilters();
}

bool DomainsPane::hasFilters() const
{
    return m_status->currentIndex() > 0 || ListAreaPane::hasFilters();
}

void DomainsPane::clearFilters()
{
    {
        const QSignalBlocker quiet(m_status); // one apply, in the skeleton's
        m_status->setCurrentIndex(0);
    }
    ListAreaPane::clearFilters();
}

void DomainsPane::applyFilters()
{
    const QString statuses = m_status->currentData().toString();
    m_proxy->setFilter(searchField()->text().trimmed(),
                       statuses.isEmpty() ? QStringList() : statuses.split(u','));
    afterQueryChanged();
}

void DomainsPane::showDetails(int sourceRow)
{
    m_showUsers->setEnabled(sourceRow >= 0);
    if (sourceRow < 0) {
        m_detail->clear(tr("Pick a domain to see what its status means."));
        return;
    }
    const Domain domain = m_model->domainAt(sourceRow);
    QList<FieldListPane::Field> fields;
    fields.append({tr("Status"), DomainText::status(domain), DomainText::color(domain)});
    fields.append({tr("What it means"), DomainText::meaning(domain)});
    const QString advice = DomainText::advice(domain);
    if (!advice.isEmpty())
        fields.append({tr("What to do"), advice});
    fields.append({tr("Claim type"), DomainText::claimType(domain)});
    fields.append({tr("Domain id"), domain.id});
    m_detail->showFields(domain.name, fields);
}
