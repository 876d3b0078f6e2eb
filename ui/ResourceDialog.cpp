#include "ResourceDialog.h"

#include "PolicyService.h"

#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUrl>

ResourceDialog::ResourceDialog(const PolicyService *service, const Policy &policy,
                               const PolicyResource &resource, QWidget *parent)
    : FormDialog(parent), m_service(service), m_policyId(policy.id), m_resource(resource),
      m_adding(resource.id.isEmpty()), m_id(new QLineEdit(this)), m_ticket(new QLineEdit(this))
{
    setObjectName(QStringLiteral("resourceDialog"));
    setWindowTitle(m_adding ? tr("Add a resource to %1").arg(policy.name)
                            : tr("Update resource of %1").arg(policy.name));
    m_id->setObjectName(QStringLiteral("resourceId"));
    m_id->setText(resource.id);
    m_id->setReadOnly(!m_adding);
    m_id->setPlaceholderText(QStringLiteral("ari:cloud:jira-software::site/<cloud id>"));
    form()->addRow(tr("&Site or workspace"), m_id);
    if (policy.isType(Policy::DataResidency)) {
        m_date =
            new QLineEdit(resource.meta.value(QLatin1String("scheduledDate")).toString(), this);
        m_date->setObjectName(QStringLiteral("scheduledDate"));
        m_date->setPlaceholderText(tr("YYYY-MM-DD (empty: move as soon as possible)"));
        form()->addRow(tr("Move &on"), m_date);
    }
    m_ticket->setText(resource.links.value(QLatin1String("ticket")).toString());
    m_ticket->setPlaceholderText(tr("https://\u2026 (optional)"));
    form()->addRow(tr("&Ticket link"), m_ticket);
    auto *note = new QLabel(tr("The resource's ARI is on the product's page in Atlassian "
                               "Administration (Products > the site > the address)."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form()->addRow(note);
    setApplyText(m_adding ? tr("Add") : tr("Update"));
    setMinimumWidth(520);
}

bool ResourceDialog::isResourceAri(const QString &text)
{
    static const QRegularExpression ari(
        QStringLiteral("^ari:cloud:[a-z0-9.-]+::[a-z-]+/[^\\s/]+$"));
    return ari.match(text).hasMatch();
}

QString ResourceDialog::validate()
{
    if (!isResourceAri(m_id->text().trimmed())) {
        m_id->setFocus();
        return tr("Enter the resource's ARI, such as ari:cloud:jira-software::site/<cloud id>.");
    }
    if (m_date && !m_date->text().trimmed().isEmpty() &&
        !QDate::fromString(m_date->text().trimmed(), Qt::ISODate).isValid()) {
        m_date->setFocus();
        return tr("Write the date as YYYY-MM-DD, or leave it empty.");
    }
    const QString ticket = m_ticket->text().trimmed();
    if (!ticket.isEmpty() && !QUrl(ticket, QUrl::StrictMode).scheme().startsWith(u"http")) {
        m_ticket->setFocus();
        return tr("The ticket link must be a web address (https://\u2026).");
    }
    return QString();
}

void ResourceDialog::apply()
{
    PolicyResource resource = m_resource;
    resource.id = m_id->text().trimmed();
    if (m_date) {
        const QString date = m_date->text().trimmed();
        if (date.isEmpty())
            resource.meta.remove(QLatin1String("scheduledDate"));
        else
            resource.meta.insert(QLatin1String("scheduledDate"), date);
    }
    const QString ticket = m_ticket->text().trimmed();
    if (ticket.isEmpty())
        resource.links.remove(QLatin1String("ticket"));
    else
        resource.links.insert(QLatin1String("ticket"), ticket);
    setApplying(m_adding ? tr("Adding the resource\u2026") : tr("Updating the resource\u2026"));
    const QString id = resource.id;
    auto done = [this, id](const ApiResult<Policy> &result) {
        if (!result.ok()) {
            QString words = result.error.userMessage();
            if (result.error.kind() == ApiError::Kind::BadRequest &&
                !result.error.serverMessage().isEmpty())
                words = tr("The server refused the resource: %1").arg(result.error.serverMessage());
            finishApplying(words);
            return;
        }
        Q_EMIT saved(result.value, id);
        succeed();
    };
    if (m_adding)
        m_service->addResource(m_policyId, resource, this, done);
    else
        m_service->updateResource(m_policyId, resource, this, done);
}
