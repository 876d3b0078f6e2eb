#include "PersonTokensDialog.h"

#include "ApiAccessService.h"
#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "Icons.h"
#include "JobLauncher.h"
#include "SecurityOperations.h"
#include "UserOperations.h"
#include "UserText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

PersonTokensDialog::PersonTokensDialog(Connection *connection, const DirectoryUser &person,
                                       JobLauncher *launcher, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_person(person), m_launcher(launcher),
      m_status(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_revoke(
          new QPushButton(Icons::action(Icons::Action::Revoke), tr("Revoke checked\u2026"), this))
{
    setObjectName(QStringLiteral("personTokensDialog"));
    setWindowTitle(tr("API tokens: %1").arg(person.name.isEmpty() ? person.email : person.name));
    m_status->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("tokenList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Label"), tr("Created"), tr("Last used"), tr("Expires")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_revoke->setObjectName(QStringLiteral("revokeTokens"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_revoke, &QPushButton::clicked, this, &PersonTokensDialog::revokeChecked);
    connect(m_list, &QTreeWidget::itemChanged, this, &PersonTokensDialog::updateButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 320);
    reload();
}

void PersonTokensDialog::reload()
{
    if (!m_connection)
        return;
    m_loaded = false;
    m_list->clear();
    m_status->setText(tr("Loading\u2026"));
    updateButton();
    ApiAccessService service(m_connection->client(), m_connection->orgId());
    service.accountTokens(m_person.accountId, this,
                          [this](const ApiResult<QList<ApiToken>> &result) {
                              m_loaded = true;
                              if (!result.ok()) {
                                  m_status->setText(UserOperations::refusalInWords(result.error));
                              } else {
                                  show(result.value);
                              }
                              Q_EMIT loaded();
                          });
}

void PersonTokensDialog::show(const QList<ApiToken> &tokens)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_status->setText(tokens.isEmpty()
                          ? tr("%1 has no API tokens.").arg(m_person.name)
                          : tr("%n API token(s). Revoking one cannot be undone: whatever uses it "
                               "stops working.",
                               nullptr, int(tokens.size())));
    QSignalBlocker blocker(m_list);
    for (const ApiToken &token : tokens) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, token.label);
        item->setText(1, UserText::date(token.createdAt));
        item->setText(2, UserText::lastActive(token.lastActiveAt, now));
        item->setText(3, token.expiresAt.isValid() ? UserText::date(token.expiresAt) : tr("Never"));
        item->setData(0, Qt::UserRole, token.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
    }
    updateButton();
}

void PersonTokensDialog::updateButton()
{
    int checked = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        checked += m_list->topLevelItem(i)->checkState(0) == Qt::Checked ? 1 : 0;
    m_revoke->setEnabled(checked > 0 && m_connection);
}

void PersonTokensDialog::revokeChecked()
{
    QList<JobItem> items;
    QStringList names;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_list->topLevelItem(i);
        if (row->checkState(0) != Qt::Checked)
            continue;
        JobItem item;
        item.id = row->data(0, Qt::UserRole).toString();
        item.label = row->text(0);
        item.extra.insert(SecurityOperations::ownerKey(), m_person.accountId);
        items.append(item);
        names.append(row->text(0));
    }
    const BulkOperation *operation =
        BulkOperationRegistry::find(SecurityOperations::revokeApiToken());
    if (items.isEmpty() || !operation || !m_connection)
        return;
    ConfirmRequest request;
    request.action = operation->title();
    request.question =
        tr("Revoke %n API token(s) of %1?", nullptr, int(items.size())).arg(m_person.name);
    request.names = names;
    request.count = int(items.size());
    request.irreversible = true;
    if (items.size() == 1)
        request.typeToConfirm = tr("revoke");
    request.destructive = true;
    request.reason = ConfirmRequest::Reason::Optional;
    ConfirmDialog::ask(this, request, this, [this, items](const ConfirmDialog::Answer &answer) {
        if (!answer.confirmed || !m_connection)
            return;
        JobSpec spec;
        spec.operation = SecurityOperations::revokeApiToken();
        spec.title = tr("Revoke API tokens of %1: %n token(s)", nullptr, int(items.size()))
                         .arg(m_person.name);
        spec.orgId = m_connection->orgId();
        spec.connection = m_connection->displayName();
        spec.reason = answer.reason;
        if (BulkJob *job = m_launcher->start(m_connection->client(), spec, items))
            connect(job, &BulkJob::finished, this, &PersonTokensDialog::reload);
    });
}
