#include "ResourceDialog.h"

#include "PolicyService.h"
#include "WorkspacePicker.h"

#include <QDate>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QUrl>

ResourceDialog::ResourceDialog(const PolicyService *service, Connection *connection,
                               const Policy &policy, const PolicyResource &resource,
                               QWidget *parent)
    : FormDialog(parent), m_service(service), m_resource(resource), m_policy(policy),
      m_adding(resource.id.isEmpty()), m_id(new QLineEdit(this)), m_ticket(new QLineEdit(this))
{
    setObjectName(QStringLiteral("resourceDialog"));
    setWindowTitle(m_adding ? tr("Add a resource to %1").arg(policy.name)
                            : tr("Update resource of %1").arg(policy.name));
    m_id->setObjectName(QStringLiteral("resourceId"));
    m_id->setText(resource.id);
    m_id->setReadOnly(!m_adding);
    m_id->setPlaceholderText(QStringLiteral("ari:cloud:jira-software::site/<cloud id>"));
    if (m_adding) {
        m_picker = new WorkspacePicker(connection, this);
        m_picker->setObjectName(QStringLiteral("resourcePicker"));
        m_picker->setMinimumHeight(220);
        form()->addRow(tr("&Site or workspace"), m_picker);
        m_enterAri = new QToolButton(this);
        m_enterAri->setObjectName(QStringLiteral("enterAri"));
        m_enterAri->setText(tr("Not listed? &Enter an ARI"));
        m_enterAri->setCheckable(true);
        m_enterAri->setAutoRaise(true);
        m_enterAri->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_enterAri->setArrowType(Qt::RightArrow);
        form()->addRow(m_enterAri);
        form()->addRow(tr("&ARI"), m_id);
        connect(m_enterAri, &QToolButton::toggled, this, &ResourceDialog::setEnteringAri);
        connect(m_picker, &WorkspacePicker::selectionChanged, this, [this] { clearProblem(); });
    } else {
        form()->addRow(tr("Site or workspace"), m_id);
    }
    if (policy.type == Policy::Type::DataResidency) {
        m_date = new QLineEdit(resource.scheduledDate, this);
        m_date->setObjectName(QStringLiteral("scheduledDate"));
        m_date->setPlaceholderText(tr("YYYY-MM-DD (empty: move as soon as possible)"));
        form()->addRow(tr("Move &on"), m_date);
    }
    m_ticket->setText(resource.ticket);
    m_ticket->setPlaceholderText(tr("https://\u2026 (optional)"));
    form()->addRow(tr("&Ticket link"), m_ticket);
    setApplyText(m_adding ? tr("Add") : tr("Update"));
    setMinimumWidth(560);
    if (m_adding)
        setEnteringAri(false);
}

void ResourceDialog::setEnteringAri(bool enter)
{
    if (!m_adding)
        return;
    if (m_enterAri->isChecked() != enter) {
        m_enterAri->setChecked(enter); // comes back here through toggled
        return;
    }
    m_enterAri->setArrowType(enter ? Qt::DownArrow : Qt::RightArrow);
    m_enterAri->setToolTip(enter ? tr("The ARI is on the product's page in Atlassian "
                                      "Administration (Products > the site > the address).")
                                 : QString());
    form()->setRowVisible(m_id, enter);
    m_picker->setEnabled(!enter); // one way to name the resource at a time
    clearProblem();
    if (enter)
        m_id->setFocus();
}

bool ResourceDialog::isEnteringAri() const
{
    return !m_adding || m_enterAri->isChecked();
}

QString ResourceDialog::resourceId() const
{
    return isEnteringAri() ? m_id->text().trimmed() : m_picker->selectedWorkspaceId();
}

bool ResourceDialog::isResourceAri(const QString &text)
{
    static const QRegularExpression ari(
        QStringLiteral("^ari:cloud:[a-z0-9.-]+::[a-z-]+/[^\\s/]+$"));
    return ari.match(text).hasMatch();
}

QString ResourceDialog::validate()
{
    if (!isEnteringAri() && resourceId().isEmpty()) {
        m_picker->setFocus();
        return tr("Pick a site or workspace, or enter its ARI.");
    }
    if (isEnteringAri() && !isResourceAri(resourceId())) {
        m_id->setFocus();
        return tr("Enter the resource's ARI, such as ari:cloud:jira-software::site/<cloud id>.");
    }
    if (m_adding) {
        for (const PolicyResource &existing : std::as_const(m_policy.resources)) {
            if (existing.id == resourceId())
                return tr("The policy already applies there.");
        }
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
    resource.id = resourceId();
    if (m_date)
        resource.scheduledDate = m_date->text().trimmed();
    resource.ticket = m_ticket->text().trimmed();
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
        m_service->addResource(m_policy.id, resource, this, done);
    else
        m_service->updateResource(m_policy.id, resource, this, done);
}
