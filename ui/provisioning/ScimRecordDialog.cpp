#include "ScimRecordDialog.h"

#include "ScimService.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace {

QJsonObject replace(const QString &path, const QJsonValue &value)
{
    return {{QStringLiteral("op"), QStringLiteral("replace")},
            {QStringLiteral("path"), path},
            {QStringLiteral("value"), value}};
}

} // namespace

ScimRecordDialog::ScimRecordDialog(ScimService *scim, QWidget *parent)
    : FormDialog(parent), m_scim(scim), m_email(new QLineEdit(this)),
      m_userName(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_externalId(new QLineEdit(this))
{
    setObjectName(QStringLiteral("scimRecordDialog"));
    setWindowTitle(tr("New SCIM record"));
    setMinimumWidth(520);
    setApplyText(tr("Create"));
    auto *intro = new QLabel(
        tr("A record as the identity provider would push it. Its e-mail must be on a verified "
           "domain; the record is linked to the managed account that has this e-mail, or a new "
           "account is made. The identity provider may overwrite it on its next push."),
        this);
    intro->setWordWrap(true);
    form()->addRow(intro);
    m_email->setObjectName(QStringLiteral("scimRecordEmail"));
    m_userName->setObjectName(QStringLiteral("scimRecordUserName"));
    m_userName->setPlaceholderText(tr("The e-mail, when left empty"));
    m_displayName->setObjectName(QStringLiteral("scimRecordDisplayName"));
    m_externalId->setObjectName(QStringLiteral("scimRecordExternalId"));
    m_externalId->setPlaceholderText(tr("Optional: the identity provider's id for the person"));
    form()->addRow(tr("&E-mail:"), m_email);
    form()->addRow(tr("&User name:"), m_userName);
    form()->addRow(tr("&Display name:"), m_displayName);
    form()->addRow(tr("E&xternal id:"), m_externalId);
}

void ScimRecordDialog::editRecord(const ScimUser &record)
{
    m_original = record;
    setWindowTitle(tr("Edit SCIM record \u201c%1\u201d").arg(record.userName));
    setApplyText(tr("Save"));
    m_email->setText(record.primaryEmail());
    m_userName->setText(record.userName);
    m_userName->setPlaceholderText(QString());
    m_displayName->setText(record.displayName);
    m_externalId->setText(record.externalId);
}

QString ScimRecordDialog::validate()
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!address.match(m_email->text().trimmed()).hasMatch()) {
        m_email->setFocus();
        return tr("Enter an e-mail address such as ada@example.com.");
    }
    if (isEditing() && m_userName->text().trimmed().isEmpty()) {
        m_userName->setFocus();
        return tr("A record needs a user name.");
    }
    if (isEditing() && changedAttributes().isEmpty())
        return tr("Nothing changed.");
    return QString();
}

QJsonArray ScimRecordDialog::changedAttributes() const
{
    QJsonArray operations;
    const QString email = m_email->text().trimmed();
    if (m_userName->text().trimmed() != m_original.userName)
        operations.append(replace(QStringLiteral("userName"), m_userName->text().trimmed()));
    if (m_displayName->text().trimmed() != m_original.displayName)
        operations.append(replace(QStringLiteral("displayName"), m_displayName->text().trimmed()));
    if (m_externalId->text().trimmed() != m_original.externalId)
        operations.append(replace(QStringLiteral("externalId"), m_externalId->text().trimmed()));
    if (email.compare(m_original.primaryEmail(), Qt::CaseInsensitive) != 0) {
        const QJsonObject primary{{QStringLiteral("value"), email},
                                  {QStringLiteral("type"), QStringLiteral("work")},
                                  {QStringLiteral("primary"), true}};
        operations.append(replace(QStringLiteral("emails"), QJsonArray{primary}));
    }
    return operations;
}

void ScimRecordDialog::apply()
{
    auto done = [this](const ApiResult<ScimUser> &result) {
        if (!result.ok()) {
            finishApplying(result.error.userMessage());
            return;
        }
        Q_EMIT recordSaved(result.value);
        succeed();
    };
    if (isEditing()) {
        setApplying(tr("Saving the record\u2026"));
        m_scim->patchUser(m_original.id, changedAttributes(), this, done);
        return;
    }
    setApplying(tr("Creating the record\u2026"));
    m_scim->createUser(
        ScimService::newUser(m_email->text().trimmed(), m_displayName->text().trimmed(),
                             m_externalId->text().trimmed(), m_userName->text().trimmed()),
        this, done);
}
