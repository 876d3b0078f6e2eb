#include "DomainsPane.h"

#include "Connection.h"
#include "DomainService.h"
#include "DomainText.h"
#include "DomainsModel.h"
#include "FieldListPane.h"
#include "MessagePanel.h"
#include "TableOrMessage.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

namespace {

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

} // namespace

DomainsPane::DomainsPane(Connection *connection, QWidget *parent)
    : AreaPane(parent),
      m_service(std::make_unique<DomainService>(connection->client(), connection->orgId())),
      m_model(new DomainsModel(m_service.get(), this)), m_proxy(new DomainFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DomainsModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    QWidget *toolbar = createToolbar();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tableArea = new TableOrMessage(QStringLiteral("domains"), splitter);
    m_view = m_tableArea->view();
    m_message = m_tableArea->message();
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DomainsModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(DomainsModel::Name, 260);
    m_view->horizontalHeader()->resizeSection(DomainsModel::ClaimType, 260);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new FieldListPane(right);
    m_detail->setObjectName(QStringLiteral("domainDetail"));
    m_detail->clear(tr("Pick a domain to see what its status means."));
    m_showUsers = new QPushButton(tr("Show users on this domain"), right);
    m_showUsers->setObjectName(QStringLiteral("showDomainUsers"));
    m_showUsers->setToolTip(tr("Opens the Users area filtered by this e-mail domain"));
    m_showUsers->setEnabled(false);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_showUsers);
    right->setMinimumWidth(260);
    splitter->addWidget(m_tableArea);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 420});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DomainsPane::showDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DomainsPane::showDetails);
    connect(m_showUsers, &QPushButton::clicked, this, [this] {
        const int row = currentSourceRow();
        if (row >= 0)
            Q_EMIT showUsersRequested(m_model->domainAt(row).name);
    });
    connect(m_message, &MessagePanel::buttonClicked, this, &DomainsPane::refresh);
    connect(m_model, &DomainsModel::loadingChanged, this, &DomainsPane::updateMessage);
    connect(m_model, &DomainsModel::loaded, this, [this] {
        applyFilters();
        // The first time in, the first domain that needs attention is picked and explained.
        if (!m_pickedOnce && m_model->rowCount() > 0) {
            m_pickedOnce = true;
            for (int row = 0; row < m_proxy->rowCount(); ++row) {
                const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
                if (m_model->domainAt(source).needsAttention()) {
                    m_view->selectRow(row);
                    break;
                }
            }
        }
        // After the layout has caught up with the new texts (a screenshot is taken on ready).
        QMetaObject::invokeMethod(this, &AreaPane::ready, Qt::QueuedConnection);
    });
    refresh();
}

DomainsPane::~DomainsPane() = default;

QWidget *DomainsPane::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 4, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("domainsSearch"));
    m_search->setPlaceholderText(tr("Search domains"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    connect(m_search, &QLineEdit::textChanged, this, &DomainsPane::applyFilters);

    m_status = new QComboBox(bar);
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

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("domainsCount"));
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_count);
    return bar;
}

void DomainsPane::setScope(const QString &) {}

void DomainsPane::refresh()
{
    m_model->reload();
}

bool DomainsPane::selectDomain(const QString &name)
{
    const int row = m_model->rowOf(name);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    return true;
}

void DomainsPane::applyFilters()
{
    const QString statuses = m_status->currentData().toString();
    static_cast<DomainFilterProxy *>(m_proxy)->setFilter(
        m_search->text().trimmed(), statuses.isEmpty() ? QStringList() : statuses.split(u','));
    int attention = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        attention += m_model->domainAt(row).needsAttention() ? 1 : 0;
    const int shown = m_proxy->rowCount();
    QString text =
        shown == m_model->rowCount()
            ? tr("%n domains", nullptr, shown)
            : tr("%1 of %2").arg(shown).arg(tr("%n domains", nullptr, m_model->rowCount()));
    if (attention > 0)
        text += tr(" \u00b7 %n needing attention", nullptr, attention);
    m_count->setText(text);
    updateMessage();
    showDetails();
}

void DomainsPane::updateMessage()
{
    QString text;
    QString button;
    bool isError = false;
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        text = tr("Loading domains\u2026");
    } else if (m_model->lastError().isError()) {
        text = tr("Could not load the domains. %1").arg(m_model->lastError().userMessage());
        button = tr("Retry");
        isError = true;
    } else if (m_model->rowCount() == 0) {
        text = tr("The organization has no domains. Add and verify one in Atlassian "
                  "Administration (Settings \u203a Domains).");
    } else if (m_proxy->rowCount() == 0) {
        text = tr("No domains match these filters.");
    }
    if (text.isEmpty()) {
        m_tableArea->setCurrentWidget(m_view);
        return;
    }
    m_message->showMessage(text, button, isError);
    m_tableArea->setCurrentWidget(m_message);
}

int DomainsPane::currentSourceRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void DomainsPane::showDetails()
{
    const int row = currentSourceRow();
    m_showUsers->setEnabled(row >= 0);
    if (row < 0) {
        m_detail->clear(tr("Pick a domain to see what its status means."));
        return;
    }
    const Domain domain = m_model->domainAt(row);
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
