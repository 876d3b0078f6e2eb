#include "ConnectDialog.h"

#include "ApiClient.h"
#include "ProfileManager.h"
#include "ProfileValidation.h"

#include <QCalendarWidget>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

ConnectDialog::ConnectDialog(ProfileManager *profiles, QWidget *parent)
    : FormDialog(parent), m_profiles(profiles), m_name(new QLineEdit(this)),
      m_orgId(new QLineEdit(this)), m_key(new QLineEdit(this)), m_label(new QLineEdit(this)),
      m_expiry(new QLineEdit(this)), m_baseUrl(new QLineEdit(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to an organization"));
    setMinimumWidth(560);
    setApplyText(tr("Test and save"));

    auto *intro = new QLabel(
        tr("Create an admin API key in Atlassian Administration under Settings > API keys "
           "(a key without scopes reaches every area). Orgdesk tests the key with read-only "
           "calls, then keeps it in your system keychain, nowhere else."),
        this);
    intro->setWordWrap(true);
    form()->addRow(intro);

    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("The organization's name, when left empty"));
    m_orgId->setObjectName(QStringLiteral("orgId"));
    m_orgId->setPlaceholderText(tr("1a2b3c4d-\u2026, or the admin.atlassian.com/o/\u2026 address"));
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste the key; it is shown only once when created"));
    m_label->setObjectName(QStringLiteral("keyLabel"));
    m_label->setPlaceholderText(tr("Optional: the key's name in Atlassian Administration"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setText(Profile::defaultBaseUrl().toString());

    form()->addRow(tr("Profile &name:"), m_name);
    form()->addRow(tr("&Organization id:"), m_orgId);
    form()->addRow(tr("Admin API &key:"), m_key);
    form()->addRow(tr("Key &label:"), m_label);
    form()->addRow(tr("Key &expires on:"), makeExpiryField());
    form()->addRow(tr("API &address:"), m_baseUrl);

    connect(this, &FormDialog::problemActionClicked, this, &ConnectDialog::saveForSessionOnly);
}

QWidget *ConnectDialog::makeExpiryField()
{
    auto *field = new QWidget(this);
    m_expiry->setObjectName(QStringLiteral("keyExpiry"));
    m_expiry->setPlaceholderText(tr("e.g. %1, as Atlassian Administration shows it")
                                     .arg(QDate::currentDate().addDays(90).toString(Qt::ISODate)));
    m_calendar = new QToolButton(field);
    m_calendar->setText(tr("Pick\u2026"));
    m_calendar->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_calendar);
    auto *calendar = new QCalendarWidget(menu);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    m_calendar->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, calendar] {
        const QDate typed = KeyExpiry::parseDate(m_expiry->text());
        calendar->setSelectedDate(typed.isValid() ? typed : m_clock().addDays(7));
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate &date) {
        m_expiry->setText(date.toString(Qt::ISODate));
        menu->close();
    });
    auto *layout = new QHBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_expiry, 1);
    layout->addWidget(m_calendar);
    return field;
}

void ConnectDialog::editProfile(const Profile &profile)
{
    m_editedId = profile.id;
    m_original = profile;
    setWindowTitle(tr("Edit \"%1\"").arg(profile.name));
    setApplyText(tr("Test and save"));
    m_name->setText(profile.name);
    m_orgId->setText(profile.orgId);
    m_label->setText(profile.keyLabel);
    m_expiry->setText(profile.keyExpiry.isValid() ? profile.keyExpiry.toString(Qt::ISODate)
                                                  : QString());
    m_baseUrl->setText(profile.baseUrl.toString());
    m_key->setPlaceholderText(tr("Leave empty to keep the current key; paste a new key to "
                                 "rotate it"));
}

Profile ConnectDialog::profileFromFields() const
{
    Profile profile = isEditing() ? m_original : Profile();
    if (!isEditing())
        profile.id = Profile::newId();
    profile.kind = Profile::Kind::Organization;
    profile.name = m_name->text().trimmed();
    profile.orgId = ProfileValidation::extractOrgId(m_orgId->text());
    profile.baseUrl = QUrl(m_baseUrl->text().trimmed());
    profile.keyLabel = m_label->text().trimmed();
    profile.keyExpiry = KeyExpiry::parseDate(m_expiry->text());
    return profile;
}

QString ConnectDialog::validate()
{
    const Profile profile = profileFromFields();
    auto problemAt = [](QLineEdit *field, const QString &problem) {
        if (!problem.isEmpty())
            field->setFocus();
        return problem;
    };
    if (!profile.name.isEmpty()) {
        const QString problem =
            ProfileValidation::nameProblem(profile.name, m_editedId, m_profiles->profiles());
        if (!problem.isEmpty())
            return problemAt(m_name, problem);
    }
    QString problem = ProfileValidation::orgIdProblem(m_orgId->text());
    if (problem.isEmpty() && (!isEditing() || !m_key->text().isEmpty()))
        problem = problemAt(m_key, ProfileValidation::keyProblem(m_key->text()));
    else
        problem = problemAt(m_orgId, problem);
    if (!problem.isEmpty())
        return problem;
    if (!m_expiry->text().trimmed().isEmpty() && !profile.keyExpiry.isValid())
        return problemAt(m_expiry, tr("\"%1\" is not a date. Enter it as 2026-12-31, or pick it.")
                                       .arg(m_expiry->text().trimmed()));
    problem = ProfileValidation::expiryProblem(profile.keyExpiry, m_clock());
    if (!problem.isEmpty())
        return problemAt(m_expiry, problem);
    return problemAt(m_baseUrl, ProfileValidation::baseUrlProblem(profile.baseUrl));
}

void ConnectDialog::apply()
{
    const Profile profile = profileFromFields();
    const QString key = m_key->text().trimmed();
    if (!key.isEmpty()) {
        testKey(profile, key);
        return;
    }
    // Editing without a new key: test the current one only when the org or address changed.
    if (profile.orgId == m_original.orgId && profile.baseUrl == m_original.baseUrl) {
        save(profile, QString());
        return;
    }
    setApplying(tr("Reading the current key from the keychain\u2026"));
    m_profiles->loadKey(profile.id, this, [this, profile](const CredentialResult &result) {
        if (!result.ok()) {
            finishApplying(result.isUnavailable() ? result.message
                                                  : tr("There is no key on record for this "
                                                       "profile; paste one."));
            return;
        }
        testKey(profile, result.secret);
    });
}

void ConnectDialog::testKey(const Profile &profile, const QString &key)
{
    setApplying(tr("Testing the key with read-only calls to %1\u2026").arg(profile.baseUrl.host()));
    delete m_testClient; // a previous attempt's calls go with it
    m_testClient = new ApiClient(profile.baseUrl, this);
    m_testClient->setRetryPolicy(KeyProbe::interactivePolicy());
    m_testClient->setApiKey(key);
    KeyProbe probe(m_testClient, profile.orgId);
    probe.setKeyExpiry(profile.keyExpiry, m_clock());
    probe.verify(m_testClient, [this, profile, key](const KeyVerdict &verdict) {
        onVerdict(profile, key, verdict);
    });
}

void ConnectDialog::onVerdict(Profile profile, const QString &key, const KeyVerdict &verdict)
{
    m_verdict = verdict;
    if (m_testClient)
        m_testClient->deleteLater();
    if (!verdict.accepted()) {
        finishApplying(verdict.message);
        return;
    }
    if (profile.name.isEmpty()) {
        profile.name = verdict.orgName.isEmpty() ? tr("Organization %1").arg(profile.orgId.left(8))
                                                 : verdict.orgName;
        if (!ProfileValidation::nameProblem(profile.name, profile.id, m_profiles->profiles())
                 .isEmpty())
            profile.name += QStringLiteral(" (%1)").arg(profile.orgId.left(8));
        m_name->setText(profile.name);
    }
    save(profile, key);
}

void ConnectDialog::save(const Profile &profile, const QString &key)
{
    setApplying(tr("Saving the key in the system keychain\u2026"));
    m_profiles->save(profile, key, this, [this, profile, key](const CredentialResult &result) {
        if (result.ok()) {
            m_saved = profile;
            Q_EMIT profileSaved(profile.id);
            succeed();
            return;
        }
        m_pendingProfile = profile;
        m_pendingKey = key;
        finishApplying(tr("The key works, but it could not be saved. %1").arg(result.message),
                       tr("Use for this session only"));
    });
}

void ConnectDialog::saveForSessionOnly()
{
    if (m_pendingProfile.id.isEmpty())
        return;
    const Profile profile = m_pendingProfile;
    if (!m_profiles->saveForSession(profile, m_pendingKey)) {
        showProblem(tr("The settings file could not be written; check the free space and "
                       "permissions of the configuration folder."));
        return;
    }
    m_pendingKey.fill(u'\0');
    m_pendingKey.clear();
    m_saved = profile;
    m_sessionOnly = true;
    Q_EMIT profileSaved(profile.id);
    succeed();
}
