#include "AuthPolicyIdDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AuthPolicyIdDialog::AuthPolicyIdDialog(const QString &policyId, QWidget *parent)
    : QDialog(parent), m_id(new QLineEdit(policyId, this))
{
    setObjectName(QStringLiteral("authPolicyIdDialog"));
    setWindowTitle(tr("Add people to an authentication policy"));
    auto *layout = new QVBoxLayout(this);
    auto *explain = new QLabel(
        tr("The admin APIs do not list authentication policies. Open the policy under "
           "Security > Authentication policies in Atlassian Administration and copy its id "
           "(the last part of the address)."),
        this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *form = new QFormLayout;
    m_id->setObjectName(QStringLiteral("authPolicyId"));
    m_id->setPlaceholderText(QStringLiteral("5e7ba1d0-ca11-4e5e-9a11-000000000002"));
    form->addRow(tr("&Policy id"), m_id);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add people\u2026"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addPeople"));
    m_add->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateAdd = [this] { m_add->setEnabled(!this->policyId().isEmpty()); };
    connect(m_id, &QLineEdit::textChanged, this, updateAdd);
    updateAdd();
    setMinimumWidth(480);
}

QString AuthPolicyIdDialog::policyId() const
{
    return m_id->text().trimmed();
}
