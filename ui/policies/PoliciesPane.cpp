#include "PoliciesPane.h"

#include "AreaLink.h"
#include "AuthPolicyAddDialog.h"
#include "AuthPolicyIdDialog.h"
#include "AuthPolicyService.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "Icons.h"
#include "MessagePanel.h"
#include "PoliciesModel.h"
#include "PolicyDetailView.h"
#include "PolicyEditDialog.h"
#include "PolicyService.h"
#include "PolicyText.h"
#include "PolicyWatcher.h"
#include "ResourceDialog.h"
#include "WorkspaceDirectory.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace {

ListAreaPane::Texts policyTexts()
{
    return {QString(), // a handful of policies: no search
            PoliciesPane::tr("Loading policies\u2026"),
            PoliciesPane::tr("No policies of this type."),
            PoliciesPane::tr("No policies match these filters."),
            PoliciesPane::tr("Could not load the policies."),
            QStringLiteral("policies.csv")};
}

Policy::Type typeOf(PoliciesPane::Kind kind)
{
    switch (kind) {
    case PoliciesPane::Kind::IpAllowlist:
        return Policy::Type::IpAllowlist;
    case PoliciesPane::Kind::DataResidency:
        return Policy::Type::DataResidency;
    case PoliciesPane::Kind::DataSecurity:
        return Policy::Type::DataSecurity;
    }
    return Policy::Type::IpAllowlist;
}

QString pickText()
{
    return PoliciesPane::tr("Pick a policy to see its rules and resources.");
}

} // namespace

PoliciesPane::PoliciesPane(Connection *connection, QWidget *parent)
    : ListAreaPane(QStringLiteral("policies"), policyTexts(), parent), m_connection(connection),
      m_service(std::make_unique<PolicyService>(connection->client(), connection->orgId())),
      m_auth(std::make_unique<AuthPolicyService>(connection->client(), connection->orgId())),
      m_model(new PoliciesModel(m_service.get(), this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("policiesPane"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PagedTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    build(m_model, m_proxy, createDetail());
    setMultiSelection(false);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("policyKind"));
    m_kind->setToolTip(tr("Which policies to show"));
    m_kind->addItem(tr("IP allowlists"));
    m_kind->addItem(tr("Data residency"));
    m_kind->addItem(tr("Data security (read-only)"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PoliciesPane::kindChanged);
    addFilterWidget(m_kind);
    addActions();

    m_status = new MessagePanel(MessagePanel::Style::Bar, this);
    m_status->setObjectName(QStringLiteral("policiesStatus"));
    m_status->hide();
    connect(m_status, &MessagePanel::buttonClicked, this, [this] { say(QString()); });
    addRowBelowToolbar(m_status);

    if (WorkspaceDirectory *workspaces = WorkspaceDirectory::of(m_connection)) {
        connect(workspaces, &WorkspaceDirectory::loaded, this, &PoliciesPane::maybeReady);
        connect(workspaces, &WorkspaceDirectory::failed, this, &PoliciesPane::maybeReady);
    }
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &PoliciesPane::beforeReload);
    connect(m_model, &PagedTableModel::firstPageLoaded, this, &PoliciesPane::afterList);
    // A policy created or deleted here: the table, or "none", in its place.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PoliciesPane::updateMessage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PoliciesPane::updateMessage);
    kindChanged();
    ListAreaPane::refresh();
}

PoliciesPane::~PoliciesPane() = default;

QWidget *PoliciesPane::createDetail()
{
    m_detail = new PolicyDetailView(this);
    m_detail->setWorkspaces(WorkspaceDirectory::of(m_connection));
    m_detail->clear(pickText());
    connect(m_detail, &PolicyDetailView::resourceSelectionChanged, this,
            &PoliciesPane::updateActions);
    auto *footer = new QWidget(this);
    auto *buttons = new QHBoxLayout(footer);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto button = [this, footer, buttons](const char *name, const QString &text,
                                          void (PoliciesPane::*slot)()) {
        auto *b = new QPushButton(text, footer);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    m_addResource = button("addResource", tr("Add resource\u2026"), &PoliciesPane::addResource);
    m_addResource->setIcon(Icons::action(Icons::Action::Add));
    m_updateResource =
        button("updateResource", tr("Update resource\u2026"), &PoliciesPane::updateResource);
    m_removeResource =
        button("removeResource", tr("Remove resource\u2026"), &PoliciesPane::removeResource);
    m_removeResource->setIcon(Icons::action(Icons::Action::Remove));
    buttons->addStretch(1);
    return detailWithFooter(m_detail, footer);
}

void PoliciesPane::addActions()
{
    auto action = [this](const char *name, const QString &text, void (PoliciesPane::*slot)()) {
        QPushButton *b = addActionButton(QLatin1String(name), text);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_new = action("newPolicy", tr("New IP allowlist\u2026"), &PoliciesPane::newPolicy);
    m_edit = action("editPolicy", tr("Edit\u2026"), &PoliciesPane::editSelected);
    m_new->setIcon(Icons::action(Icons::Action::Add));
    m_delete = action("deletePolicy", tr("Delete\u2026"), &PoliciesPane::deleteSelected);
    m_delete->setIcon(Icons::action(Icons::Action::Remove));
    setRemoveButton(m_delete, tr("Delete policy\u2026"));
    m_validate = action("validatePolicy", tr("Validate"), &PoliciesPane::validateSelected);
    QPushButton *auth =
        action("authPolicy", tr("Authentication policy\u2026"), &PoliciesPane::askForAuthPolicy);
    auth->setToolTip(tr("Add people to an authentication policy, named by its id"));
}

void PoliciesPane::refresh()
{
    if (WorkspaceDirectory *workspaces = WorkspaceDirectory::of(m_connection))
        workspaces->reload(); // a site added since shows its name
    ListAreaPane::refresh();
}

void PoliciesPane::open(const AreaLink &link)
{
    switch (Policy::typeFromKey(link.filter)) {
    case Policy::Type::IpAllowlist:
        setKind(Kind::IpAllowlist);
        break;
    case Policy::Type::DataResidency:
        setKind(Kind::DataResidency);
        break;
    case Policy::Type::DataSecurity:
        setKind(Kind::DataSecurity);
        break;
    case Policy::Type::Other:
        break;
    }
    if (!link.itemId.isEmpty() && !selectPolicy(link.itemId))
        m_keep = link.itemId; // picked once the list is in
}

void PoliciesPane::setKind(Kind kind)
{
    m_kind->setCurrentIndex(int(kind));
}

PoliciesPane::Kind PoliciesPane::kind() const
{
    return Kind(m_kind->currentIndex());
}

void PoliciesPane::kindChanged()
{
    const Kind k = kind();
    m_new->setText(k == Kind::DataResidency ? tr("New data-residency policy\u2026")
                                            : tr("New IP allowlist\u2026"));
    view()->setColumnHidden(PoliciesModel::Resources, k == Kind::DataSecurity);
    m_model->setType(typeOf(k)); // reloads when it changes
    updateActions();
}

QString PoliciesPane::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void PoliciesPane::say(const QString &text, bool isError)
{
    m_status->showMessage(text, isError ? tr("Dismiss") : QString(), isError);
    m_status->setVisible(!text.isEmpty());
}

QString PoliciesPane::amount(int count) const
{
    return tr("%n policies", nullptr, count);
}

// The whole list is in, and a policy created here is a row more than was listed.
QString PoliciesPane::countText() const
{
    return amount(m_model->rowCount());
}

// Ready once the resources' names are in (or will not come) as well.
bool PoliciesPane::isDetailReady() const
{
    const WorkspaceDirectory *workspaces = WorkspaceDirectory::of(m_connection);
    return !workspaces || !workspaces->isLoading();
}

void PoliciesPane::beforeReload()
{
    m_keep = selectedPolicy().id;
    stopWatching();
    say(QString());
}

void PoliciesPane::afterList()
{
    for (const Policy &policy : m_model->policies()) {
        if (policy.isSettling())
            watch(policy.id);
    }
    for (int column : {PoliciesModel::Name, PoliciesModel::Status, PoliciesModel::Rules}) {
        view()->resizeColumnToContents(column);
        view()->setColumnWidth(column, qMin(view()->columnWidth(column), 280));
    }
    const bool kept = !m_keep.isEmpty() && selectPolicy(m_keep);
    m_keep.clear();
    if (!kept && currentSourceRow() < 0 && m_model->rowCount() > 0)
        view()->selectRow(0);
}

bool PoliciesPane::selectPolicy(const QString &policyId)
{
    const int row = m_model->rowOf(policyId);
    return row >= 0 && selectSourceRow(row);
}

Policy PoliciesPane::selectedPolicy() const
{
    const int row = currentSourceRow();
    return row < 0 ? Policy() : m_model->policyAt(row);
}

void PoliciesPane::showDetails(int sourceRow)
{
    if (sourceRow < 0)
        m_detail->clear(pickText());
    else
        m_detail->showPolicy(m_model->policyAt(sourceRow));
    updateActions();
}

void PoliciesPane::updateActions()
{
    const Kind k = kind();
    const bool writable = k == Kind::IpAllowlist || k == Kind::DataResidency;
    const bool picked = writable && !selectedPolicy().id.isEmpty();
    for (QPushButton *b : {m_new, m_edit, m_delete, m_validate})
        b->setVisible(writable);
    for (QPushButton *b : {m_addResource, m_updateResource, m_removeResource})
        b->setVisible(writable);
    m_new->setEnabled(writable);
    m_edit->setEnabled(picked);
    m_delete->setEnabled(picked);
    m_validate->setEnabled(picked);
    m_addResource->setEnabled(picked);
    const bool resource = picked && !m_detail->selectedResourceId().isEmpty();
    m_updateResource->setEnabled(resource);
    m_removeResource->setEnabled(resource);
}

void PoliciesPane::watch(const QString &policyId)
{
    if (m_watchers.contains(policyId))
        return;
    auto *watcher = new PolicyWatcher(m_service.get(), policyId, this);
    watcher->setInterval(m_watchIntervalMs);
    m_watchers.insert(policyId, watcher);
    auto finish = [this, policyId, watcher] {
        m_watchers.remove(policyId);
        watcher->deleteLater();
    };
    connect(watcher, &PolicyWatcher::updated, this, &PoliciesPane::policyChanged);
    connect(watcher, &PolicyWatcher::settled, this, [this, finish](const Policy &policy) {
        int failed = 0;
        for (const PolicyResource &resource : policy.resources)
            failed += resource.hasFailed();
        if (failed > 0)
            say(tr("\u201c%1\u201d failed to apply to %n resource(s).", nullptr, failed)
                    .arg(policy.name),
                false);
        else
            say(tr("\u201c%1\u201d is applied.").arg(policy.name));
        finish();
    });
    connect(watcher, &PolicyWatcher::gone, this, [this, policyId, finish] {
        m_model->removePolicy(policyId);
        say(tr("The policy is deleted."));
        finish();
    });
    connect(watcher, &PolicyWatcher::failed, this, [this, finish](const ApiError &error) {
        say(tr("Stopped following the policy: %1").arg(error.userMessage()), true);
        finish();
    });
    connect(watcher, &PolicyWatcher::gaveUp, this, [this, finish](const Policy &policy) {
        say(tr("\u201c%1\u201d is still applying; press F5 to look again later.").arg(policy.name));
        finish();
    });
    watcher->start();
}

void PoliciesPane::stopWatching()
{
    qDeleteAll(m_watchers);
    m_watchers.clear();
}

void PoliciesPane::policyChanged(const Policy &policy)
{
    if (policy.type != m_model->type())
        return;
    const bool wasSelected = selectedPolicy().id == policy.id;
    m_model->updatePolicy(policy);
    if (wasSelected)
        m_detail->showPolicy(policy);
    if (policy.isSettling())
        say(tr("Applying \u201c%1\u201d: %2")
                .arg(policy.name, PolicyText::resourcesSummary(policy.resources)));
    updateActions();
}

void PoliciesPane::newPolicy()
{
    Policy policy;
    policy.type =
        kind() == Kind::DataResidency ? Policy::Type::DataResidency : Policy::Type::IpAllowlist;
    policy.setEnabled(true);
    auto *dialog = new PolicyEditDialog(m_service.get(), policy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PolicyEditDialog::saved, this, [this](const Policy &saved) {
        policyChanged(saved);
        selectPolicy(saved.id);
        say(tr("\u201c%1\u201d is created; it applies asynchronously.").arg(saved.name));
        watch(saved.id);
    });
    dialog->open();
}

void PoliciesPane::editSelected()
{
    const Policy policy = selectedPolicy();
    if (policy.id.isEmpty())
        return;
    auto *dialog = new PolicyEditDialog(m_service.get(), policy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PolicyEditDialog::saved, this, [this](const Policy &saved) {
        policyChanged(saved);
        say(tr("Saved; applying \u201c%1\u201d\u2026").arg(saved.name));
        watch(saved.id);
    });
    dialog->open();
}

void PoliciesPane::deleteSelected()
{
    const Policy policy = selectedPolicy();
    if (policy.id.isEmpty())
        return;
    ConfirmRequest request;
    request.action = tr("Delete policy");
    request.question = tr("Delete the policy \u201c%1\u201d?").arg(policy.name);
    request.names = {policy.name};
    request.count = 1;
    request.details = policy.resources.isEmpty() ? tr("It applies to no resource.")
                                                 : tr("It is removed from %n resource(s) first.",
                                                      nullptr, int(policy.resources.size()));
    request.irreversible = true;
    request.typeToConfirm = tr("delete");
    request.destructive = true;
    const QString id = policy.id;
    ConfirmDialog::ask(this, request, this, [this, id](const ConfirmDialog::Answer &answer) {
        if (!answer.confirmed)
            return;
        say(tr("Deleting\u2026"));
        m_service->remove(id, this, [this, id](const ApiError &error) {
            if (error.isError()) {
                say(tr("The policy was not deleted: %1").arg(error.userMessage()), true);
                return;
            }
            say(tr("Deleting: the policy is removed from its resources first\u2026"));
            watch(id);
        });
    });
}

void PoliciesPane::addResource()
{
    openResourceDialog(PolicyResource());
}

void PoliciesPane::updateResource()
{
    const QString resourceId = m_detail->selectedResourceId();
    if (!resourceId.isEmpty())
        openResourceDialog(selectedPolicy().resource(resourceId));
}

void PoliciesPane::openResourceDialog(const PolicyResource &resource)
{
    const Policy policy = selectedPolicy();
    if (policy.id.isEmpty())
        return;
    auto *dialog = new ResourceDialog(m_service.get(), m_connection, policy, resource, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = policy.id;
    const bool adding = resource.id.isEmpty();
    connect(dialog, &ResourceDialog::saved, this,
            [this, id, adding](const Policy &saved, const QString &resourceId) {
                policyChanged(saved);
                const QString name = m_detail->resourceName(resourceId);
                say(adding ? tr("Added %1; applying\u2026").arg(name)
                           : tr("Updated %1; applying\u2026").arg(name));
                watch(id);
            });
    dialog->open();
}

void PoliciesPane::removeResource()
{
    const Policy policy = selectedPolicy();
    const QString resourceId = m_detail->selectedResourceId();
    if (policy.id.isEmpty() || resourceId.isEmpty())
        return;
    ConfirmRequest request;
    request.action = tr("Remove resource");
    const QString name = m_detail->resourceName(resourceId);
    request.question = tr("Remove %1 from the policy \u201c%2\u201d?").arg(name, policy.name);
    request.names = {name == resourceId ? resourceId : tr("%1 (%2)").arg(name, resourceId)};
    request.count = 1;
    request.details = tr("The policy stops applying there.");
    request.destructive = true;
    const QString id = policy.id;
    ConfirmDialog::ask(
        this, request, this, [this, id, resourceId](const ConfirmDialog::Answer &answer) {
            if (!answer.confirmed)
                return;
            m_service->removeResource(id, resourceId, this, [this, id](const ApiError &error) {
                if (error.isError()) {
                    say(tr("The resource was not removed: %1").arg(error.userMessage()), true);
                    return;
                }
                say(tr("Removing the resource\u2026"));
                watch(id);
            });
        });
}

void PoliciesPane::validateSelected()
{
    const Policy policy = selectedPolicy();
    if (policy.id.isEmpty())
        return;
    say(tr("Validating\u2026"));
    const QString name = policy.name;
    m_service->validate(policy.id, this, [this, name](const ApiError &error) {
        if (!error.isError())
            say(tr("\u201c%1\u201d passed validation.").arg(name));
        else if (error.kind() == ApiError::Kind::BadRequest)
            say(tr("\u201c%1\u201d failed validation: %2").arg(name, error.serverMessage()), true);
        else
            say(tr("Could not validate: %1").arg(error.userMessage()), true);
    });
}

void PoliciesPane::askForAuthPolicy()
{
    auto *dialog = new AuthPolicyIdDialog(m_authPolicyId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_authPolicyId = dialog->policyId();
        addPeopleToAuthPolicy(m_authPolicyId);
    });
    dialog->open();
}

void PoliciesPane::addPeopleToAuthPolicy(const QString &policyId)
{
    if (policyId.isEmpty())
        return;
    auto *dialog = new AuthPolicyAddDialog(m_auth.get(), policyId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPollDelay(m_authPollDelayMs);
    dialog->open();
}
