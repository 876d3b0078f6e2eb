#include "UserDetailPane.h"

#include "ActivityList.h"
#include "DetailPages.h"
#include "LastActiveView.h"
#include "PersonAccessView.h"
#include "PersonRolesView.h"
#include "PersonScimLinksView.h"
#include "UserText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

UserDetailPane::UserDetailPane(QWidget *parent)
    : QWidget(parent), m_pages(new QStackedWidget(this)), m_lastActive(nullptr), m_access(nullptr),
      m_roles(nullptr), m_scimLinks(nullptr), m_activity(nullptr)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    QVBoxLayout *layout = addDetailPages(m_pages, tr("Select a person to see their details."));
    QWidget *content = layout->parentWidget();
    m_name = valueLabel(content);
    m_name->setObjectName(QStringLiteral("detailName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_email = valueLabel(content);
    m_email->setObjectName(QStringLiteral("detail_email"));
    m_fields.insert(QStringLiteral("email"), m_email);
    m_accountIdLabel = valueLabel(content);
    m_accountIdLabel->setObjectName(QStringLiteral("detail_accountId"));
    m_accountIdLabel->setWordWrap(false);
    m_accountIdLabel->setToolTip(tr("Atlassian account ID"));
    m_accountIdLabel->setEnabled(false);
    QFont small = m_accountIdLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_accountIdLabel->setFont(small);
    m_fields.insert(QStringLiteral("accountId"), m_accountIdLabel);
    layout->addWidget(m_name);
    layout->addWidget(m_email);
    layout->addWidget(m_accountIdLabel);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    addSection(form, tr("Profile"));
    addField(form, QStringLiteral("nickname"), tr("Nickname"));
    addField(form, QStringLiteral("jobTitle"), tr("Job title"));
    addField(form, QStringLiteral("department"), tr("Department"));
    addField(form, QStringLiteral("organization"), tr("Organization"));
    addField(form, QStringLiteral("location"), tr("Location"));
    addField(form, QStringLiteral("timeZone"), tr("Time zone"));
    addSection(form, tr("Access"));
    addField(form, QStringLiteral("status"), tr("Status"));
    addField(form, QStringLiteral("accountStatus"), tr("Account"));
    addField(form, QStringLiteral("membership"), tr("Membership"));
    addField(form, QStringLiteral("claimStatus"), tr("Claim status"));
    addField(form, QStringLiteral("managementSource"), tr("Managed by"));
    addField(form, QStringLiteral("mfa"), tr("Two-step"));
    addField(form, QStringLiteral("platformRoles"), tr("Platform roles"));
    addField(form, QStringLiteral("addedToOrg"), tr("Added to org"));
    layout->addLayout(form);

    auto *lastActiveTitle = new QLabel(tr("Last active"), content);
    QFont bold = lastActiveTitle->font();
    bold.setBold(true);
    lastActiveTitle->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(lastActiveTitle);
    m_lastActive = new LastActiveView(content);
    m_lastActive->setObjectName(QStringLiteral("lastActive"));
    connect(m_lastActive, &LastActiveView::loaded, this, &UserDetailPane::lastActiveLoaded);
    layout->addWidget(m_lastActive);
    layout->addSpacing(8);
    m_access = new PersonAccessView(content);
    m_access->setObjectName(QStringLiteral("personAccess"));
    layout->addWidget(m_access);
    layout->addSpacing(8);
    m_roles = new PersonRolesView(content);
    m_roles->setObjectName(QStringLiteral("personRoles"));
    layout->addWidget(m_roles);
    layout->addSpacing(8);
    m_scimLinks = new PersonScimLinksView(content);
    m_scimLinks->setObjectName(QStringLiteral("personScimLinks"));
    layout->addWidget(m_scimLinks);
    layout->addSpacing(8);
    m_activity = new ActivityList(content);
    m_activity->setObjectName(QStringLiteral("personActivity"));
    layout->addWidget(m_activity);
    layout->addStretch(1);
}

void UserDetailPane::addSection(QFormLayout *form, const QString &title)
{
    auto *label = new QLabel(title, this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    if (form->rowCount() > 0)
        form->addItem(new QSpacerItem(0, 8));
    form->addRow(label);
}

void UserDetailPane::addField(QFormLayout *form, const QString &key, const QString &label)
{
    QLabel *value = valueLabel(this);
    value->setObjectName(QStringLiteral("detail_") + key);
    addCaptionedRow(form, label, value);
    m_fields.insert(key, value);
}

void UserDetailPane::setService(const UserService *service)
{
    m_lastActive->setService(service);
}

void UserDetailPane::setClient(ApiClient *client, const QString &orgId)
{
    m_access->setClient(client, orgId);
    m_activity->setOrg(orgId);
}

void UserDetailPane::setConnection(Connection *connection)
{
    m_roles->setConnection(connection);
    m_scimLinks->setConnection(connection);
}

void UserDetailPane::setField(const QString &key, const QString &text)
{
    if (QLabel *label = m_fields.value(key))
        label->setText(text.isEmpty() ? QStringLiteral("\u2014") : text);
}

QString UserDetailPane::fieldText(const QString &key) const
{
    if (key == QLatin1String("name"))
        return m_name->text();
    const QLabel *label = m_fields.value(key);
    return label ? label->text() : QString();
}

void UserDetailPane::clear()
{
    m_accountId.clear();
    m_lastActive->clear();
    m_access->clear();
    m_roles->clear();
    m_scimLinks->clear();
    m_activity->clear();
    m_pages->setCurrentIndex(0);
}

void UserDetailPane::showUser(const DirectoryUser &user)
{
    if (user.accountId.isEmpty()) {
        clear();
        return;
    }
    const bool samePerson = user.accountId == m_accountId;
    m_accountId = user.accountId;
    m_name->setText(user.name.isEmpty() ? user.nickname : user.name);
    setField(QStringLiteral("email"), user.email);
    m_email->setToolTip(user.emailVerified ? tr("Verified") : tr("Not verified"));
    setField(QStringLiteral("nickname"), user.nickname);
    setField(QStringLiteral("jobTitle"), user.jobTitle);
    setField(QStringLiteral("department"), user.department);
    setField(QStringLiteral("organization"), user.organization);
    setField(QStringLiteral("location"), user.location);
    setField(QStringLiteral("timeZone"), user.timeZone);
    setField(QStringLiteral("status"), UserText::status(user.status));
    setField(QStringLiteral("accountStatus"), UserText::accountStatus(user.accountStatus));
    setField(QStringLiteral("membership"), UserText::membershipStatus(user.membershipStatus));
    setField(QStringLiteral("claimStatus"), UserText::claimStatus(user.claimStatus));
    setField(QStringLiteral("managementSource"), UserText::managementSource(user.managementSource));
    setField(QStringLiteral("mfa"), UserText::mfa(user.mfaEnabled));
    QStringList roles;
    for (const QString &role : user.platformRoles)
        roles.append(UserText::platformRole(role));
    setField(QStringLiteral("platformRoles"), roles.join(QStringLiteral(", ")));
    setField(QStringLiteral("addedToOrg"),
             user.addedToOrg.isValid()
                 ? UserText::dateWithAgo(user.addedToOrg, QDateTime::currentDateTimeUtc())
                 : QString());
    setField(QStringLiteral("accountId"), user.accountId);
    m_pages->setCurrentIndex(1);
    if (!samePerson) {
        m_lastActive->load(user.accountId);
        m_access->load(user);
        m_roles->load(user);
        m_scimLinks->load(user.accountId);
        m_activity->load(user.accountId, user.name.isEmpty() ? user.email : user.name);
    }
}
