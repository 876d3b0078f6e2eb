#include "EmailDialog.h"

#include "UserOperations.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

EmailDialog::EmailDialog(ApiClient *client, const DirectoryUser &person, QWidget *parent)
    : FormDialog(parent), m_service(client), m_accountId(person.accountId), m_current(person.email),
      m_email(new QLineEdit(this))
{
    setObjectName(QStringLiteral("emailDialog"));
    setWindowTitle(tr("Change e-mail: %1").arg(person.name.isEmpty() ? person.email : person.name));
    auto *current = new QLabel(person.email, this);
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Current address"), current);
    m_email->setObjectName(QStringLiteral("newEmail"));
    m_email->setPlaceholderText(tr("name@your-verified-domain.com"));
    form()->addRow(tr("&New address"), m_email);
    auto *note = new QLabel(tr("The new address counts as verified at once, and the person is "
                               "logged out of every session. It must be on a domain your "
                               "organization has verified."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form()->addRow(note);
    setApplyText(tr("Change e-mail"));
    setMinimumWidth(440);
}

QString EmailDialog::validate()
{
    static const QRegularExpression address(
        QStringLiteral("^[^@\\s]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    const QString email = m_email->text().trimmed();
    if (!address.match(email).hasMatch())
        return tr("Enter an e-mail address such as name@example.com.");
    if (email.compare(m_current, Qt::CaseInsensitive) == 0)
        return tr("That is the current address.");
    return QString();
}

void EmailDialog::apply()
{
    setApplying(tr("Changing the address\u2026"));
    m_service.setEmail(m_accountId, m_email->text().trimmed(), this, [this](const ApiError &error) {
        if (error.isError())
            finishApplying(UserOperations::refusalInWords(error));
        else
            succeed();
    });
}
