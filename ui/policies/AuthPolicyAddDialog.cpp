#include "AuthPolicyAddDialog.h"

#include "PeopleList.h"
#include "StatusColors.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AuthPolicyAddDialog::AuthPolicyAddDialog(const AuthPolicyService *service, const QString &policyId,
                                         QWidget *parent)
    : QDialog(parent), m_service(service), m_policyId(policyId), m_input(new QPlainTextEdit(this)),
      m_parsed(new QLabel(this)), m_add(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_results(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("authPolicyAddDialog"));
    setWindowTitle(tr("Add people to an authentication policy"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Policy %1. People you add leave the authentication policy they are in now.")
                       .arg(policyId),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_input->setObjectName(QStringLiteral("authPolicyEmails"));
    m_input->setPlaceholderText(tr("E-mail addresses, one a line or separated by commas"));
    layout->addWidget(m_input);
    layout->addWidget(m_parsed);
    m_add->setObjectName(QStringLiteral("authPolicyAdd"));
    layout->addWidget(m_add, 0, Qt::AlignRight);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status->setObjectName(QStringLiteral("authPolicyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_results->setObjectName(QStringLiteral("authPolicyResults"));
    m_results->setHorizontalHeaderLabels({tr("E-mail"), tr("Result")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->setVisible(false);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVisible(false);
    layout->addWidget(m_results, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_input, &QPlainTextEdit::textChanged, this, &AuthPolicyAddDialog::reparse);
    connect(m_add, &QPushButton::clicked, this, &AuthPolicyAddDialog::send);
    resize(560, 480);
    reparse();
}

QString AuthPolicyAddDialog::statusText() const
{
    return m_status->text();
}

QString AuthPolicyAddDialog::resultInWords(const QString &status)
{
    if (status == QLatin1String("ADDED"))
        return tr("Added");
    if (status == QLatin1String("ALREADY_IN_POLICY"))
        return tr("Already in this policy");
    if (status == QLatin1String("USER_NOT_FOUND"))
        return tr("Not found: no account in the organization has this address");
    if (status == QLatin1String("USER_NOT_MANAGED"))
        return tr("Not managed: the account is not on a verified domain of the organization");
    if (status == QLatin1String("INVALID_EMAIL"))
        return tr("Not an e-mail address");
    return status;
}

void AuthPolicyAddDialog::reparse()
{
    const PeopleList list = PeopleList::parse(m_input->toPlainText());
    m_emails = list.emails;
    QString text = tr("%n e-mail address(es)", nullptr, int(m_emails.size()));
    const int others = int(list.accountIds.size() + list.unreadable.size());
    if (others > 0)
        text +=
            u' ' + tr("(%n entries that are not e-mail addresses are left out)", nullptr, others);
    m_parsed->setText(text);
    m_add->setText(tr("Add %n people", nullptr, int(m_emails.size())));
    m_add->setEnabled(!m_emails.isEmpty() && !m_poller);
}

void AuthPolicyAddDialog::send()
{
    if (m_emails.isEmpty() || m_poller)
        return;
    m_add->setEnabled(false);
    m_input->setReadOnly(true);
    m_status->setText(tr("Sending %n people\u2026", nullptr, int(m_emails.size())));
    m_service->addUsers(m_policyId, m_emails, this, [this](const ApiResult<QString> &result) {
        if (!result.ok()) {
            fail(tr("The people were not added: %1").arg(result.error.userMessage()));
            return;
        }
        m_poller = new AuthPolicyTaskPoller(m_service, result.value, this);
        m_poller->setFirstDelay(m_pollDelayMs);
        m_progress->setVisible(true);
        m_progress->setRange(0, 0);
        m_status->setText(tr("Accepted; the server is adding them\u2026"));
        connect(m_poller, &AuthPolicyTaskPoller::progress, this, [this](int processed, int total) {
            if (total > 0) {
                m_progress->setRange(0, total);
                m_progress->setValue(processed);
            }
        });
        connect(m_poller, &AuthPolicyTaskPoller::finished, this, &AuthPolicyAddDialog::showTask);
        connect(m_poller, &AuthPolicyTaskPoller::failed, this, [this](const ApiError &error) {
            fail(tr("Could not follow the task to its end: %1").arg(error.userMessage()));
        });
        m_poller->start();
    });
}

void AuthPolicyAddDialog::fail(const QString &words)
{
    m_status->setText(words);
    m_progress->setVisible(false);
    m_input->setReadOnly(false);
    if (m_poller) {
        m_poller->deleteLater();
        m_poller = nullptr;
    }
    reparse();
}

void AuthPolicyAddDialog::showTask(const AuthPolicyTask &task)
{
    m_progress->setVisible(false);
    int added = 0;
    m_results->setRowCount(int(task.results.size()));
    for (int row = 0; row < task.results.size(); ++row) {
        const AuthPolicyUserResult &result = task.results.at(row);
        added += result.isAdded();
        m_results->setItem(row, 0, new QTableWidgetItem(result.user));
        auto *words = new QTableWidgetItem(resultInWords(result.status));
        if (!result.isAdded() && result.status != QLatin1String("ALREADY_IN_POLICY"))
            words->setForeground(StatusColors::danger());
        m_results->setItem(row, 1, words);
    }
    m_results->resizeColumnToContents(0);
    m_results->setVisible(true);
    m_status->setText(tr("Done: %1 of %n added.", nullptr, int(task.results.size())).arg(added));
    Q_EMIT finished(task);
}
