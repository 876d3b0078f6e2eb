#include "ScimLinkCheckView.h"

#include "ApiClient.h"
#include "Connection.h"
#include "FieldListPane.h"
#include "ScimFindingsModel.h"
#include "ScimKeyring.h"
#include "ScimRepairDialog.h"
#include "ScimService.h"
#include "UserText.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>

// Keeps the findings of the picked kind whose words hold the search text.
class FindingFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QString &text, const QString &kindKey)
    {
        m_text = text;
        m_kind = kindKey;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *model = sourceModel();
        if (!m_kind.isEmpty() && model->index(row, ScimFindingsModel::Problem, parent)
                                         .data(PagedTableModel::RawValueRole)
                                         .toString() != m_kind)
            return false;
        if (m_text.isEmpty())
            return true;
        for (int column : {ScimFindingsModel::Record, ScimFindingsModel::Account,
                           ScimFindingsModel::Directory, ScimFindingsModel::Reason}) {
            if (model->index(row, column, parent)
                    .data()
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
    QString m_kind;
};

namespace {

ListAreaPane::Texts checkTexts()
{
    return {ScimLinkCheckView::tr("Search records, accounts, reasons"),
            ScimLinkCheckView::tr("Reading the directories and the organization's accounts\u2026"),
            ScimLinkCheckView::tr("No problems: every record is linked to one account of the "
                                  "organization, with the same e-mail and state."),
            ScimLinkCheckView::tr("No problems match these filters."),
            ScimLinkCheckView::tr("The link check could not finish."),
            QStringLiteral("scim-link-check.csv")};
}

} // namespace

ScimLinkCheckView::ScimLinkCheckView(Connection *connection, QWidget *parent)
    : ListAreaPane(QStringLiteral("scimLinkCheck"), checkTexts(), parent), m_connection(connection),
      m_model(new ScimFindingsModel(connection->client(), connection->orgId(),
                                    connection->baseUrl(), connection->scimKeys(), this)),
      m_proxy(new FindingFilterProxy(this)), m_kind(new QComboBox(this)),
      m_run(new QPushButton(tr("Run the check"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PagedTableModel::RawValueRole);
    build(m_model, m_proxy, createDetail());
    setMultiSelection(false);
    setSearchDelay(0);

    m_kind->setObjectName(QStringLiteral("scimLinkKind"));
    m_kind->addItem(tr("Every problem"), QString());
    using Kind = ScimLinkFinding::Kind;
    for (Kind kind : {Kind::OrphanRecord, Kind::UnlinkedRecord, Kind::DuplicateRecords,
                      Kind::EmailDiffers, Kind::ActiveButAccountInactive,
                      Kind::InactiveButAccountActive, Kind::AccountWithoutRecord})
        m_kind->addItem(ScimLinkFinding::kindTitle(kind), ScimLinkFinding::kindKey(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScimLinkCheckView::applyFilters);
    addFilterWidget(m_kind);

    m_run->setObjectName(QStringLiteral("scimLinkRun"));
    m_run->setToolTip(tr("Reads every record of each directory with a key, and every account of "
                         "the organization"));
    connect(m_run, &QPushButton::clicked, m_model, &ScimFindingsModel::run);
    addActionWidget(m_run);
    connect(m_model, &ScimFindingsModel::progress, this, [this](int records, int accounts) {
        const QLocale locale;
        m_progress = tr("Read %1 records and %2 accounts\u2026")
                         .arg(locale.toString(records), locale.toString(accounts));
        updateCount();
    });
    connect(m_model, &PagedTableModel::loadingChanged, this, [this] {
        m_run->setEnabled(!m_model->isLoading());
        if (!m_model->isLoading())
            m_progress.clear();
        updateCount();
    });
    sizeColumns({ScimLinkFinding::kindTitle(ScimLinkFinding::Kind::ActiveButAccountInactive),
                 QStringLiteral("Acme Labs (Okta)"),
                 QStringLiteral("priya.sharma.2019@acmelabs.io"),
                 QStringLiteral("priya.sharma@acmelabs.io"),
                 QStringLiteral("The record's e-mail is not the account's e-mail, and so on")});
    view()->horizontalHeader()->setStretchLastSection(true);
    updateActions();
    ListAreaPane::refresh(); // not run yet: says how to start
}

ScimLinkCheckView::~ScimLinkCheckView() = default;

ScimRepairDialog *ScimLinkCheckView::openRepair() const
{
    return m_openRepair;
}

QWidget *ScimLinkCheckView::createDetail()
{
    m_detail = new FieldListPane(this);
    m_detail->setObjectName(QStringLiteral("scimLinkDetail"));
    m_detail->clear(tr("Pick a problem to see its reason and its repair."));
    m_repair = new QPushButton(tr("Repair\u2026"), this);
    m_repair->setObjectName(QStringLiteral("scimLinkRepair"));
    m_repair->setToolTip(tr("Shows each call of the repair before it is sent"));
    connect(m_repair, &QPushButton::clicked, this, &ScimLinkCheckView::repairSelected);
    return detailWithFooter(m_detail, m_repair);
}

void ScimLinkCheckView::setService(ScimService *scim)
{
    m_scim = scim;
}

void ScimLinkCheckView::refresh()
{
    if (m_model->hasRun())
        ListAreaPane::refresh();
}

QString ScimLinkCheckView::noneText() const
{
    if (!m_model->hasRun())
        return tr("The link check compares every SCIM directory the profile has a key for with "
                  "the organization's accounts, and lists each broken link with its reason and "
                  "its repair. It reads every record and every account: choose Run the check.");
    return ListAreaPane::noneText();
}

QString ScimLinkCheckView::amount(int count) const
{
    return tr("%n problems", nullptr, count);
}

QString ScimLinkCheckView::countText() const
{
    if (!m_progress.isEmpty())
        return m_progress;
    if (!m_model->hasRun() || m_model->isLoading())
        return QString();
    const ScimLinkReport &report = m_model->report();
    const QLocale locale;
    QString text = ListAreaPane::countText();
    text +=
        tr(" \u00b7 %1 records, %2 accounts checked %3")
            .arg(locale.toString(report.recordsChecked), locale.toString(report.accountsChecked),
                 UserText::ago(m_model->finishedAt(), m_model->currentTime(),
                               UserText::Placement::InText));
    return text;
}

bool ScimLinkCheckView::hasFilters() const
{
    return m_kind->currentIndex() > 0 || ListAreaPane::hasFilters();
}

void ScimLinkCheckView::clearFilters()
{
    {
        const QSignalBlocker quiet(m_kind);
        m_kind->setCurrentIndex(0);
    }
    ListAreaPane::clearFilters();
}

void ScimLinkCheckView::applyFilters()
{
    static_cast<FindingFilterProxy *>(m_proxy)->setFilter(searchField()->text().trimmed(),
                                                          m_kind->currentData().toString());
    afterQueryChanged();
}

void ScimLinkCheckView::updateActions()
{
    m_repair->setEnabled(currentSourceRow() >= 0);
}

void ScimLinkCheckView::showDetails(int sourceRow)
{
    if (sourceRow < 0) {
        m_detail->clear(tr("Pick a problem to see its reason and its repair."));
        return;
    }
    const ScimLinkFinding finding = m_model->findingAt(sourceRow);
    QList<FieldListPane::Field> fields;
    fields.append({tr("Why"), finding.reason});
    fields.append({tr("Repair"), ScimLinkFinding::repairText(finding.repair)});
    if (!finding.directoryId.isEmpty())
        fields.append(
            {tr("Directory"), finding.directoryName.isEmpty()
                                  ? finding.directoryId
                                  : tr("%1 (%2)").arg(finding.directoryName, finding.directoryId)});
    if (!finding.scimUserId.isEmpty()) {
        fields.append({tr("Record"), finding.userName});
        fields.append({tr("SCIM id"), finding.scimUserId});
    }
    if (!finding.externalId.isEmpty())
        fields.append({tr("External id"), finding.externalId});
    if (!finding.accountEmail.isEmpty())
        fields.append({tr("Account"), finding.accountEmail});
    if (!finding.accountId.isEmpty())
        fields.append({tr("Account id"), finding.accountId});
    m_detail->showFields(ScimLinkFinding::kindTitle(finding.kind), fields);
}

void ScimLinkCheckView::repairSelected()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const QString directoryId = m_model->findingAt(row).directoryId;
    if (m_scim && m_scim->directoryId() == directoryId) {
        openRepairWith(m_scim);
        return;
    }
    ScimKeyring *keys = m_connection->scimKeys();
    const QList<ScimDirectoryRef> directories =
        keys ? keys->directories() : QList<ScimDirectoryRef>();
    const bool hasKey = std::any_of(directories.cbegin(), directories.cend(),
                                    [&directoryId](const ScimDirectoryRef &directory) {
                                        return directory.directoryId == directoryId;
                                    });
    if (!hasKey) {
        openRepairWith(nullptr);
        return;
    }
    // Another directory's record: its own key, read for this repair only.
    keys->loadKey(directoryId, this, [this, directoryId](const CredentialResult &key) {
        m_otherDirectory.reset();
        delete m_otherClient;
        if (key.ok()) {
            m_otherClient =
                ScimService::makeClient(m_connection->baseUrl(), directoryId, key.secret, this);
            m_otherDirectory = std::make_unique<ScimService>(m_otherClient, directoryId);
        }
        openRepairWith(m_otherDirectory.get());
    });
}

void ScimLinkCheckView::openRepairWith(const ScimService *scim)
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    ScimRepairPlan::Clients clients;
    clients.org = m_connection->client();
    clients.orgId = m_connection->orgId();
    clients.scim = scim;
    delete m_openRepair;
    m_openRepair = new ScimRepairDialog(m_model->findingAt(row), clients, this);
    m_openRepair->setAttribute(Qt::WA_DeleteOnClose);
    // Closing after a change runs the check again, so the list says what is left.
    connect(m_openRepair, &ScimRepairDialog::changed, this, [this] {
        connect(m_openRepair, &QDialog::finished, m_model, &ScimFindingsModel::run,
                Qt::UniqueConnection);
    });
    m_openRepair->open();
}
