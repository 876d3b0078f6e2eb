#include "PoliciesPane.h"

#include "ApiClient.h"
#include "AuthPolicyAddDialog.h"
#include "AuthPolicyService.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "MessagePanel.h"
#include "PoliciesModel.h"
#include "PolicyDetailView.h"
#include "PolicyEditDialog.h"
#include "PolicyService.h"
#include "PolicyText.h"
#include "PolicyWatcher.h"
#include "ResourceDialog.h"
#include "WorkspaceDirectory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString typeOf(PoliciesPane::Kind kind)
{
    switch (kind) {
    case PoliciesPane::Kind::IpAllowlist:
        return QLatin1String(Policy::IpAllowlist);
    case PoliciesPane::Kind::DataResidency:
        return QLatin1String(Policy::DataResidency);
    case PoliciesPane::Kind::DataSecurity:
        return QLatin1String(Policy::DataSecurity);
    default:
        return QString();
    }
}

} // namespace

PoliciesPane::PoliciesPane(Connection *connection, QWidget *parent)
    : AreaPane(parent), m_connection(connection),
      m_service(std::make_unique<PolicyService>(connection->client(), connection->orgId())),
      m_auth(std::make_unique<AuthPolicyService>(connection->client(), connection->orgId())),
      m_model(new PoliciesModel(this))
{
    setObjectName(QStringLiteral("policiesPane"));
    buildUi();
    load();
}

PoliciesPane::~PoliciesPane() = default;

void PoliciesPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("policyKind"));
    m_kind->addItem(tr("IP allowlists"));
    m_kind->addItem(tr("Data residency"));
    m_kind->addItem(tr("Data security (read-only)"));
    m_kind->addItem(tr("Authentication policies"));
    bar->addWidget(new QLabel(tr("Show"), this));
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    auto button = [this, bar](const char *name, const QString &text, void (PoliciesPane::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    m_new = button("newPolicy", tr("New IP allowlist\u2026"), &PoliciesPane::newPolicy);
    m_edit = button("editPolicy", tr("Edit\u2026"), &PoliciesPane::editSelected);
    m_delete = button("deletePolicy", tr("Delete\u2026"), &PoliciesPane::deleteSelected);
    m_validate = button("validatePolicy", tr("Validate"), &PoliciesPane::validateSelected);
    bar->addStretch(1);
    auto *reload = new QPushButton(tr("Refresh"), this);
    connect(reload, &QPushButton::clicked, this, &PoliciesPane::refresh);
    bar->addWidget(reload);
    layout->addLayout(bar);

    m_message = new MessagePanel(MessagePanel::Style::Bar, this);
    m_message->setObjectName(QStringLiteral("policiesMessage"));
    m_message->setVisible(false);
    connect(m_message, &MessagePanel::buttonClicked, this, &PoliciesPane::refresh);
    layout->addWidget(m_message);

    m_pages = new QStackedWidget(this);
    auto *splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("policiesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_detail = new PolicyDetailView(right);
    if (WorkspaceDirectory *workspaces = WorkspaceDirectory::of(m_connection)) {
        connect(workspaces, &WorkspaceDirectory::loaded, this, &PoliciesPane::maybeReady);
        connect(workspaces, &WorkspaceDirectory::failed, this, &PoliciesPane::maybeReady);
        m_detail->setWorkspaces(workspaces);
    }
    rightLayout->addWidget(m_detail, 1);
    auto *resourceBar = new QHBoxLayout;
    auto resourceButton = [this, resourceBar, right](const char *name, const QString &text,
                                                     void (PoliciesPane::*slot)()) {
        auto *b = new QPushButton(text, right);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        resourceBar->addWidget(b);
        return b;
    };
    m_addResource =
        resourceButton("addResource", tr("Add resource\u2026"), &PoliciesPane::addResource);
    m_updateResource = resourceButton("updateResource", tr("Update resource\u2026"),
                                      &PoliciesPane::updateResource);
    m_removeResource = resourceButton("removeResource", tr("Remove resource\u2026"),
                                      &PoliciesPane::removeResource);
    resourceBar->addStretch(1);
    rightLayout->addLayout(resourceBar);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_pages->addWidget(splitter);

    // Authentication policies: no route lists them, so the policy is named by its id.
    auto *auth = new QWidget(m_pages);
    auto *authLayout = new QVBoxLayout(auth);
    auto *explain = new QLabel(
        tr("The admin APIs do not list authentication policies. Open the policy under "
           "Security > Authentication policies in Atlassian Administration and copy its id "
           "(the last part of the address)."),
        auth);
    explain->setWordWrap(true);
    authLayout->addWidget(explain);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(new QLabel(tr("Policy id"), auth));
    m_authPolicyId = new QLineEdit(auth);
    m_authPolicyId->setObjectName(QStringLiteral("authPolicyId"));
    m_authPolicyId->setPlaceholderText(QStringLiteral("5e7ba1d0-ca11-4e5e-9a11-000000000002"));
    idRow->addWidget(m_authPolicyId, 1);
    m_addPeople = new QPushButton(tr("Add people\u2026"), auth);
    m_addPeople->setObjectName(QStringLiteral("addPeople"));
    connect(m_addPeople, &QPushButton::clicked, this, &PoliciesPane::addPeopleToAuthPolicy);
    idRow->addWidget(m_addPeople);
    authLayout->addLayout(idRow);
    authLayout->addStretch(1);
    m_pages->addWidget(auth);
    layout->addWidget(m_pages, 1);

    connect(m_authPolicyId, &QLineEdit::textChanged, this, &PoliciesPane::updateActions);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PoliciesPane::showSelected);
    connect(m_detail, &PolicyDetailView::resourceSelectionChanged, this,
            &PoliciesPane::updateActions);
    m_detail->clear(tr("Pick a policy to see its rules and resources."));
}

void PoliciesPane::setScope(const QString &)
{
    // Policies belong to the organization, not to a directory.
}

void PoliciesPane::refresh()
{
    if (WorkspaceDirectory *workspaces = WorkspaceDirectory::of(m_connection))
        workspaces->reload(); // a site added since shows its name
    load();
}

void PoliciesPane::setKind(Kind kind)
{
    m_kind->setCurrentIndex(int(kind));
}

PoliciesPane::Kind PoliciesPane::kind() const
{
    return Kind(m_kind->currentIndex());
}

QString PoliciesPane::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void PoliciesPane::say(const QString &text, bool isError)
{
    m_message->showMessage(text, isError ? tr("Retry") : QString(), isError);
    m_message->setVisible(!text.isEmpty());
}

bool PoliciesPane::listsType(const QString &type) const
{
    return typeOf(kind()) == type;
}

void PoliciesPane::load()
{
    delete m_pager;
    qDeleteAll(m_watchers);
    m_watchers.clear();
    const Kind k = kind();
    m_new->setText(k == Kind::DataResidency ? tr("New data-residency policy\u2026")
                                            : tr("New IP allowlist\u2026"));
    m_pages->setCurrentIndex(k == Kind::Authentication ? 1 : 0);
    m_view->setColumnHidden(PoliciesModel::Resources, k == Kind::DataSecurity);
    const QString keep = selectedPolicy().id;
    m_model->setPolicies({});
    m_detail->clear(tr("Pick a policy to see its rules and resources."));
    updateActions();
    if (k == Kind::Authentication) {
        say(QString());
        m_listed = true;
        maybeReady();
        return;
    }
    say(tr("Loading policies\u2026"));
    m_pager = k == Kind::DataSecurity ? m_service->dataSecurityPolicies(this)
                                      : m_service->policies(typeOf(k), this);
    connect(
        m_pager, &PolicyPager::policiesReceived, this,
        [this, keep](const QList<Policy> &policies, bool hasMore) {
            m_model->appendPolicies(policies);
            for (const Policy &policy : policies) {
                if (policy.isSettling())
                    watch(policy.id);
            }
            if (hasMore) {
                m_pager->fetchNext();
                return;
            }
            say(m_model->rowCount() == 0 ? tr("No policies of this type.") : QString());
            for (int column : {PoliciesModel::Name, PoliciesModel::Status, PoliciesModel::Rules}) {
                m_view->resizeColumnToContents(column);
                m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), 280));
            }
            const bool kept = !keep.isEmpty() && selectPolicy(keep);
            if (!kept && selectedPolicy().id.isEmpty() && m_model->rowCount() > 0)
                m_view->selectRow(0);
            m_listed = true;
            maybeReady();
        });
    connect(m_pager, &Pager::failed, this, [this](const ApiError &error) {
        say(tr("Could not load the policies: %1").arg(error.userMessage()), true);
        m_listed = true;
        maybeReady();
    });
    m_pager->fetchNext();
}

// Ready once the first list is in and the resources' names are in (or will not come).
void PoliciesPane::maybeReady()
{
    const WorkspaceDirectory *workspaces = WorkspaceDirectory::of(m_connection);
    if (m_readyEmitted || !m_listed || (workspaces && workspaces->isLoading()))
        return;
    m_readyEmitted = true;
    Q_EMIT ready();
}

bool PoliciesPane::selectPolicy(const QString &policyId)
{
    const int row = m_model->rowOf(policyId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

Policy PoliciesPane::selectedPolicy() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? Policy() : m_model->policyAt(rows.first().row());
}

void PoliciesPane::showSelected()
{
    const Policy policy = selectedPolicy();
    if (policy.id.isEmpty())
        m_detail->clear(tr("Pick a policy to see its rules and resources."));
    else
        m_detail->showPolicy(policy);
    updateActions();
}

void PoliciesPane::updateActions()
{
    const Kind k = kind();
    const bool writable = k == Kind::IpAllowlist || k == Kind::DataResidency;
    const Policy policy = selectedPolicy();
    const bool picked = writable && !policy.id.isEmpty();
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
    m_addPeople->setEnabled(!m_authPolicyId->text().trimmed().isEmpty());
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
        say(tr("\u201c%1\u201d is still applying; Refresh to look again later.").arg(policy.name));
        finish();
    });
    watcher->start();
}

void PoliciesPane::policyChanged(const Policy &policy)
{
    if (!listsType(policy.type))
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
    policy.type = kind() == Kind::DataResidency ? QLatin1String(Policy::DataResidency)
                                                : QLatin1String(Policy::IpAllowlist);
    policy.status = QStringLiteral("enabled");
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

void PoliciesPane::addPeopleToAuthPolicy()
{
    const QString id = m_authPolicyId->text().trimmed();
    if (id.isEmpty())
        return;
    auto *dialog = new AuthPolicyAddDialog(m_auth.get(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPollDelay(m_authPollDelayMs);
    dialog->open();
}
