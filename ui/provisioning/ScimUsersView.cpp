#include "ScimUsersView.h"

#include "ApiClient.h"
#include "BulkJob.h"
#include "BulkOperation.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "FieldListPane.h"
#include "JobLauncher.h"
#include "ScimOperations.h"
#include "ScimRecordDialog.h"
#include "ScimService.h"
#include "ScimUsersModel.h"
#include "StatusColors.h"
#include "UserText.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>

namespace {

ListAreaPane::Texts usersTexts()
{
    return {ScimUsersView::tr("Exact value"),
            ScimUsersView::tr("Loading the directory's records\u2026"),
            ScimUsersView::tr("The directory has no user records: the identity provider has "
                              "pushed nobody yet."),
            ScimUsersView::tr("No record has exactly this value. SCIM finds exact matches only."),
            ScimUsersView::tr("Could not load the directory's records."),
            QStringLiteral("scim-users.csv")};
}

} // namespace

ScimUsersView::ScimUsersView(Connection *connection, QWidget *parent)
    : ListAreaPane(QStringLiteral("scimUsers"), usersTexts(), parent), m_connection(connection),
      m_model(new ScimUsersModel(&connection->users(), this)), m_attribute(new QComboBox(this)),
      m_deactivate(new QPushButton(tr("Deactivate"), this)),
      m_activate(new QPushButton(tr("Activate"), this)),
      m_delete(new QPushButton(tr("Delete record\u2026"), this)),
      m_create(new QPushButton(tr("New record\u2026"), this)),
      m_edit(new QPushButton(tr("Edit\u2026"), this)), m_launcher(new JobLauncher(this))
{
    build(m_model, nullptr, createDetail());
    searchField()->setToolTip(tr("SCIM finds a record by its exact user name or external id"));
    m_attribute->setObjectName(QStringLiteral("scimUsersAttribute"));
    m_attribute->addItem(tr("User name is"), QStringLiteral("userName"));
    m_attribute->addItem(tr("External id is"), QStringLiteral("externalId"));
    connect(m_attribute, &QComboBox::currentIndexChanged, this, [this] {
        if (!searchField()->text().trimmed().isEmpty())
            applyFilters();
    });
    addFilterWidget(m_attribute);

    const QList<QPair<QPushButton *, QString>> buttons{
        {m_deactivate, QStringLiteral("scimDeactivate")},
        {m_activate, QStringLiteral("scimActivate")},
        {m_delete, QStringLiteral("scimDelete")},
        {m_edit, QStringLiteral("scimEdit")},
        {m_create, QStringLiteral("scimCreate")}};
    for (const auto &[button, name] : buttons) {
        button->setObjectName(name);
        addActionWidget(button);
    }
    m_deactivate->setToolTip(tr("Deactivates the linked Atlassian accounts too"));
    m_delete->setToolTip(tr("Deletes the records and deactivates their accounts; only a new push "
                            "from the identity provider brings a record back"));
    m_create->setToolTip(tr("For an out-of-band fix: a record as the identity provider would "
                            "push it"));
    connect(m_deactivate, &QPushButton::clicked, this,
            [this] { runOnSelected(ScimOperations::deactivate()); });
    connect(m_activate, &QPushButton::clicked, this,
            [this] { runOnSelected(ScimOperations::activate()); });
    connect(m_delete, &QPushButton::clicked, this,
            [this] { runOnSelected(ScimOperations::deleteRecord()); });
    connect(m_create, &QPushButton::clicked, this, &ScimUsersView::createRecord);
    connect(m_edit, &QPushButton::clicked, this, &ScimUsersView::editSelected);
    setRemoveButton(m_delete);
    connect(m_launcher, &JobLauncher::jobFinished, m_model, &PagedTableModel::reload);
    sizeColumns({QStringLiteral("wojciech.kowalski@acmerobotics.example"),
                 QStringLiteral("Wojciech Kowalski"),
                 QStringLiteral("wojciech.kowalski@acmerobotics.example"), tr("Inactive"),
                 QStringLiteral("00u1a2b3c4d5e6f7g8h9"), QStringLiteral("Wojciech Kowalski"),
                 tr("Deactivated"), QStringLiteral("12"), QStringLiteral("12 Mar 2026")});
    updateActions();
}

ScimUsersView::~ScimUsersView() = default;

QWidget *ScimUsersView::createDetail()
{
    auto *detail = new QSplitter(Qt::Vertical, this);
    detail->setObjectName(QStringLiteral("scimUserDetail"));
    m_detail = new FieldListPane(detail);
    m_detail->clear(tr("Pick a record to see all of it."));
    m_raw = new QPlainTextEdit(detail);
    m_raw->setObjectName(QStringLiteral("scimUserJson"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(tr("The record's JSON, as the directory sent it"));
    detail->addWidget(m_detail);
    detail->addWidget(m_raw);
    detail->setStretchFactor(0, 3);
    detail->setStretchFactor(1, 2);
    return detail;
}

void ScimUsersView::setService(ScimService *scim)
{
    m_scim = scim;
    m_model->setService(scim);
    m_create->setEnabled(scim != nullptr);
    m_model->reload();
}

void ScimUsersView::showUserName(const QString &userName)
{
    {
        const QSignalBlocker quiet(m_attribute);
        m_attribute->setCurrentIndex(m_attribute->findData(QStringLiteral("userName")));
    }
    searchField()->setText(userName);
    applyFilters();
}

void ScimUsersView::applyFilters()
{
    ScimQuery query;
    const QString text = searchField()->text().trimmed();
    if (!text.isEmpty())
        query.filter = ScimQuery::equals(m_attribute->currentData().toString(), text);
    m_model->setQuery(query);
    afterQueryChanged();
}

QString ScimUsersView::amount(int count) const
{
    return tr("%n records", nullptr, count);
}

QString ScimUsersView::countText() const
{
    const int loaded = m_model->rowCount();
    const int matching = m_model->matchingCount();
    if (matching <= loaded)
        return amount(loaded);
    const QLocale locale;
    return tr("%1 of %2").arg(locale.toString(loaded), amount(matching));
}

void ScimUsersView::updateActions()
{
    bool anyActive = false;
    bool anyInactive = false;
    const QList<int> rows = selectedSourceRows();
    for (int row : rows) {
        const ScimUser record = m_model->recordAt(row);
        anyActive = anyActive || record.active.value_or(true);
        anyInactive = anyInactive || !record.active.value_or(true);
    }
    m_deactivate->setEnabled(m_scim && anyActive);
    m_activate->setEnabled(m_scim && anyInactive);
    m_delete->setEnabled(m_scim && !rows.isEmpty());
    m_edit->setEnabled(m_scim && rows.size() == 1);
}

void ScimUsersView::showDetails(int sourceRow)
{
    if (sourceRow < 0) {
        m_detail->clear(tr("Pick a record to see all of it."));
        m_raw->clear();
        return;
    }
    const ScimUser record = m_model->recordAt(sourceRow);
    QList<FieldListPane::Field> fields;
    fields.append({tr("User name"), record.userName});
    fields.append({tr("Display name"), record.displayName});
    QStringList emails;
    for (const ScimEmail &email : record.emails)
        emails.append(email.primary ? tr("%1 (primary)").arg(email.value) : email.value);
    fields.append({tr("E-mails"), emails.join(QStringLiteral("\n"))});
    fields.append(
        {tr("Active"), record.active ? (*record.active ? tr("Yes") : tr("No")) : tr("Not said")});
    fields.append({tr("External id"), record.externalId});
    fields.append({tr("SCIM id"), record.id});
    fields.append(
        {tr("Last modified"), UserText::dateWithAgo(record.lastModified, m_model->currentTime())});
    m_detail->showFields(record.displayName.isEmpty() ? record.userName : record.displayName,
                         fields);

    QList<FieldListPane::Field> account;
    if (record.atlassianAccountId.isEmpty()) {
        account.append({QString(), tr("Linked to no Atlassian account."), StatusColors::warning()});
    } else if (const std::optional<DirectoryUser> found = m_model->accountOf(record)) {
        account.append({tr("Name"), found->name});
        account.append({tr("E-mail"), found->email});
        account.append({tr("Status"), UserText::status(found->status)});
        account.append({tr("Account id"), found->accountId});
        if (found->email.compare(record.primaryEmail(), Qt::CaseInsensitive) != 0)
            account.append({QString(),
                            tr("The account's e-mail is not the record's: the link check "
                               "lists the repairs."),
                            StatusColors::warning()});
    } else {
        account.append({tr("Account id"), record.atlassianAccountId});
        if (m_model->isAccountMissing(record))
            account.append({QString(),
                            tr("The organization has no such account: an orphaned record."),
                            StatusColors::warning()});
    }
    m_detail->appendSection(tr("Linked Atlassian account"), account);
    QStringList groups;
    for (const ScimRef &group : record.groups)
        groups.append(group.display.isEmpty() ? group.value : group.display);
    if (!groups.isEmpty())
        m_detail->appendSection(tr("Groups"), {{QString(), groups.join(QStringLiteral("\n"))}});
    m_raw->setPlainText(
        QString::fromUtf8(QJsonDocument(record.raw).toJson(QJsonDocument::Indented)));
}

QString ScimUsersView::question(const QString &operationKey, int count) const
{
    if (operationKey == ScimOperations::deactivate())
        return tr("Deactivate %n record(s)? Their linked Atlassian accounts are deactivated too, "
                  "until the records are activated again (here or by the identity provider).",
                  nullptr, count);
    if (operationKey == ScimOperations::activate())
        return tr("Activate %n record(s)? Their linked Atlassian accounts are activated again.",
                  nullptr, count);
    return tr("Delete %n record(s) from this directory? Their linked Atlassian accounts are "
              "deactivated, and only a new push from the identity provider brings a record "
              "back.",
              nullptr, count);
}

void ScimUsersView::runOnSelected(const QString &operationKey)
{
    const BulkOperation *operation = BulkOperationRegistry::find(operationKey);
    if (!operation || !m_scim)
        return;
    QList<JobItem> items;
    QStringList names;
    int skipped = 0;
    for (int row : selectedSourceRows()) {
        const ScimUser record = m_model->recordAt(row);
        JobItem item;
        item.id = record.id;
        item.label = record.userName;
        const bool active = record.active.value_or(true);
        if ((operationKey == ScimOperations::deactivate() && !active) ||
            (operationKey == ScimOperations::activate() && active)) {
            item.state = JobItem::State::Skipped;
            item.reason = active ? tr("Already active") : tr("Already inactive");
            ++skipped;
        } else {
            names.append(record.userName);
        }
        items.append(item);
    }
    if (names.isEmpty())
        return;
    ConfirmRequest request;
    request.action = operation->title();
    request.question = question(operationKey, int(names.size()));
    request.names = names;
    request.count = int(names.size());
    if (skipped > 0)
        request.details = tr("%n skipped: already in that state.", nullptr, skipped);
    request.destructive = operationKey != ScimOperations::activate();
    request.irreversible = operationKey == ScimOperations::deleteRecord();
    request.reason = ConfirmRequest::Reason::Optional;
    const QString directoryId = m_scim->directoryId();
    ConfirmDialog::ask(this, request, this,
                       [this, operationKey, items, directoryId](const ConfirmDialog::Answer &a) {
                           if (!a.confirmed || !m_scim || m_scim->directoryId() != directoryId)
                               return;
                           JobSpec spec;
                           spec.operation = operationKey;
                           int pending = 0;
                           for (const JobItem &item : items)
                               pending += item.state == JobItem::State::Pending ? 1 : 0;
                           spec.title =
                               tr("%1: %n record(s)", nullptr, pending)
                                   .arg(BulkOperationRegistry::find(operationKey)->title());
                           spec.orgId = m_connection->orgId();
                           spec.connection = m_connection->displayName();
                           spec.reason = a.reason;
                           spec.params = ScimOperations::params(directoryId);
                           m_launcher->start(m_scim->client(), spec, items);
                       });
}

void ScimUsersView::createRecord()
{
    if (!m_scim)
        return;
    auto *dialog = new ScimRecordDialog(m_scim, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScimRecordDialog::recordSaved, m_model, &PagedTableModel::reload);
    dialog->open();
}

void ScimUsersView::editSelected()
{
    const int row = currentSourceRow();
    if (!m_scim || row < 0)
        return;
    auto *dialog = new ScimRecordDialog(m_scim, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editRecord(m_model->recordAt(row));
    connect(dialog, &ScimRecordDialog::recordSaved, this, [this](const ScimUser &record) {
        m_model->updateRecord(record);
        showDetails(currentSourceRow());
    });
    dialog->open();
}
