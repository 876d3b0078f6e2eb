#include "PersonAccessView.h"

#include "ApiClient.h"
#include "ManageService.h"
#include "UserOperations.h"
#include "UserService.h"

#include <QHash>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QLabel *titleLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel *bodyLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Why User management refuses, in a few words (Manageability.RestrictionReason).
QString shortReason(const QString &key)
{
    if (key == QLatin1String("externalDirectory.scim"))
        return PersonAccessView::tr("synced from an identity provider (SCIM)");
    if (key == QLatin1String("externalDirectory.google"))
        return PersonAccessView::tr("synced from Google Workspace");
    if (key == QLatin1String("blocked.exportControl"))
        return PersonAccessView::tr("blocked by US export control");
    if (key == QLatin1String("authPolicy.saml"))
        return PersonAccessView::tr("set by SAML at each login");
    if (key == QLatin1String("administrative.notMyself"))
        return PersonAccessView::tr("not on your own account");
    if (key == QLatin1String("administrative"))
        return PersonAccessView::tr("for administrators only");
    if (key == QLatin1String("myselfOnly"))
        return PersonAccessView::tr("only the person can");
    return key;
}

// "yes", or "no: why".
QString ruleText(const ManagePrivileges::Rule &rule)
{
    if (!rule.known)
        return PersonAccessView::tr("not stated");
    if (rule.allowed)
        return PersonAccessView::tr("yes");
    return PersonAccessView::tr("no: %1").arg(shortReason(rule.reason));
}

QString fieldName(const QString &path)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("PersonAccessView", "name")},
        {QStringLiteral("nickname"), QT_TRANSLATE_NOOP("PersonAccessView", "nickname")},
        {QStringLiteral("zoneinfo"), QT_TRANSLATE_NOOP("PersonAccessView", "time zone")},
        {QStringLiteral("locale"), QT_TRANSLATE_NOOP("PersonAccessView", "language")},
        {QStringLiteral("extended_profile.job_title"),
         QT_TRANSLATE_NOOP("PersonAccessView", "job title")},
        {QStringLiteral("extended_profile.department"),
         QT_TRANSLATE_NOOP("PersonAccessView", "department")},
        {QStringLiteral("extended_profile.organization"),
         QT_TRANSLATE_NOOP("PersonAccessView", "organization")},
        {QStringLiteral("extended_profile.location"),
         QT_TRANSLATE_NOOP("PersonAccessView", "location")},
    };
    const char *name = names.value(path);
    return name ? PersonAccessView::tr(name) : path;
}

} // namespace

PersonAccessView::PersonAccessView(QWidget *parent)
    : QWidget(parent), m_groups(bodyLabel(QStringLiteral("detail_groups"), this)),
      m_manageTitle(titleLabel(tr("User management"), this)),
      m_manage(bodyLabel(QStringLiteral("detail_manage"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(titleLabel(tr("Groups"), this));
    layout->addWidget(m_groups);
    layout->addSpacing(8);
    layout->addWidget(m_manageTitle);
    layout->addWidget(m_manage);
    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(&m_delay, &QTimer::timeout, this, &PersonAccessView::request);
}

void PersonAccessView::setClient(ApiClient *client, const QString &orgId)
{
    m_client = client;
    m_orgId = orgId;
}

QString PersonAccessView::groupsText() const
{
    return m_groups->text();
}

QString PersonAccessView::manageText() const
{
    return m_manage->isVisible() || !m_manage->isHidden() ? m_manage->text() : QString();
}

void PersonAccessView::clear()
{
    m_request.clear();
    m_delay.stop();
    m_person = DirectoryUser();
    m_groups->clear();
    m_manage->clear();
}

void PersonAccessView::load(const DirectoryUser &person)
{
    clear();
    m_person = person;
    const bool managed = person.claimStatus == QLatin1String("managed");
    m_manageTitle->setVisible(managed);
    m_manage->setVisible(managed);
    m_groups->setText(tr("Loading\u2026"));
    if (managed)
        m_manage->setText(tr("Loading\u2026"));
    m_delay.start();
}

void PersonAccessView::request()
{
    if (!m_client || m_person.accountId.isEmpty())
        return;
    QObject *context = m_request.renew();
    const bool managed = m_person.claimStatus == QLatin1String("managed");
    m_pending = managed ? 2 : 1;

    // The groups: a search for this one person, with its groups expanded.
    UserQuery query;
    query.accountIds = {m_person.accountId};
    query.expand = {QStringLiteral("groups")};
    query.limit = 1;
    UserService users(m_client, m_orgId);
    UserPager *pager = users.search(query, context);
    connect(pager, &UserPager::usersReceived, context, [this](const QList<DirectoryUser> &found) {
        QStringList names;
        for (const DirectoryUser &user : found) {
            for (const GroupRef &group : user.groups)
                names.append(group.name);
        }
        names.sort(Qt::CaseInsensitive);
        m_groups->setText(names.isEmpty() ? tr("No groups") : names.join(u'\n'));
        finishedOne();
    });
    connect(pager, &Pager::failed, context, [this](const ApiError &error) {
        m_groups->setText(error.userMessage());
        finishedOne();
    });
    pager->fetchNext();

    if (!managed)
        return;
    ManageService manage(m_client);
    manage.privileges(
        m_person.accountId, context, [this](const ApiResult<ManagePrivileges> &result) {
            if (!result.ok()) {
                m_manage->setText(UserOperations::refusalInWords(result.error));
                finishedOne();
                return;
            }
            const ManagePrivileges &rules = result.value;
            QStringList lines{
                tr("Deactivate, re-enable: %1")
                    .arg(ruleText(rules.action(QStringLiteral("lifecycle.enablement")))),
                tr("Delete: %1").arg(ruleText(rules.action(QStringLiteral("lifecycle.delete")))),
                tr("Change e-mail: %1").arg(ruleText(rules.action(QStringLiteral("email.set")))),
                tr("API tokens: %1").arg(ruleText(rules.action(QStringLiteral("apiToken.read"))))};
            QStringList locked;
            QString why;
            for (auto it = rules.profileFields.cbegin(); it != rules.profileFields.cend(); ++it) {
                if (it->allowed)
                    continue;
                locked.append(fieldName(it.key()));
                why = shortReason(it->reason);
            }
            locked.sort();
            lines.append(
                locked.isEmpty()
                    ? tr("Profile: every field can be edited")
                    : tr("Profile: %1 locked (%2)").arg(locked.join(QStringLiteral(", ")), why));
            m_manage->setText(lines.join(u'\n'));
            finishedOne();
        });
}

void PersonAccessView::finishedOne()
{
    if (--m_pending == 0)
        Q_EMIT loaded();
}
