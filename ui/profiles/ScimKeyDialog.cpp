#include "ScimKeyDialog.h"

#include "ProfileManager.h"
#include "ScimKeyTest.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

ScimKeyDialog::ScimKeyDialog(ProfileManager *profiles, const QString &profileId,
                             const QUrl &baseUrl, QWidget *parent)
    : FormDialog(parent), m_profiles(profiles), m_profileId(profileId), m_baseUrl(baseUrl),
      m_sandbox(new QComboBox(this)), m_directory(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_key(new QLineEdit(this))
{
    setObjectName(QStringLiteral("scimKeyDialog"));
    setWindowTitle(tr("Add a SCIM directory key"));
    setMinimumWidth(560);
    setApplyText(tr("Test and save"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    form()->addRow(m_intro);
    setSessionOnly(false);

    m_sandbox->setObjectName(QStringLiteral("scimSandboxDirectory"));
    m_directory->setObjectName(QStringLiteral("scimDirectory"));
    m_directory->setPlaceholderText(
        tr("The directory id, or its SCIM base URL (\u2026/scim/directory/\u2026)"));
    m_name->setObjectName(QStringLiteral("scimDirectoryName"));
    m_name->setPlaceholderText(tr("Optional: what to call it, e.g. Okta"));
    m_key->setObjectName(QStringLiteral("scimKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste the directory's SCIM API key"));

    form()->addRow(tr("&Sandbox directory:"), m_sandbox);
    form()->addRow(tr("&Directory:"), m_directory);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("SCIM &key:"), m_key);
    form()->setRowVisible(m_sandbox, false);

    connect(m_sandbox, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        if (index <= 0 || index > m_sandboxKeys.size())
            return;
        const ScimDirectoryKeyHint &hint = m_sandboxKeys.at(index - 1);
        if (m_directory->isEnabled())
            m_directory->setText(hint.directoryId);
        m_name->setText(hint.name);
        m_key->setText(hint.key);
    });
}

void ScimKeyDialog::replaceKeyOf(const QString &directoryId)
{
    setWindowTitle(tr("Replace a SCIM directory key"));
    m_directory->setText(directoryId);
    m_directory->setEnabled(false);
    if (const std::optional<Profile> profile = m_profiles->profile(m_profileId))
        m_name->setText(profile->scimDirectoryNames.value(directoryId));
    m_key->setPlaceholderText(tr("Paste the directory's new SCIM API key"));
}

void ScimKeyDialog::setSandboxKeys(const QList<ScimDirectoryKeyHint> &keys)
{
    m_sandboxKeys = keys;
    m_sandbox->clear();
    m_sandbox->addItem(tr("Pick one to fill in its id and key"));
    for (const ScimDirectoryKeyHint &hint : keys)
        m_sandbox->addItem(hint.name);
    form()->setRowVisible(m_sandbox, !keys.isEmpty());
}

void ScimKeyDialog::setSessionOnly(bool sessionOnly)
{
    const QString about =
        tr("Each identity provider connected to the organization has its own SCIM directory, "
           "with its own base URL and key (Atlassian Administration > Security > Identity "
           "providers). The organization's admin API key does not open it.");
    m_intro->setText(about + u' ' +
                     (sessionOnly ? tr("Orgdesk tests the key against the directory, then keeps "
                                       "it in memory until the window closes.")
                                  : tr("Orgdesk tests the key against the directory, then keeps "
                                       "it in your system keychain, nowhere else.")));
}

QString ScimKeyDialog::directoryIdFrom(const QString &text)
{
    static const QRegularExpression inUrl(QStringLiteral("/scim/directory/([^/?#\\s]+)"));
    static const QRegularExpression bareId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = inUrl.match(trimmed);
    const QString candidate = match.hasMatch() ? match.captured(1) : trimmed;
    return bareId.match(candidate).hasMatch() ? candidate : QString();
}

QString ScimKeyDialog::validate()
{
    if (m_directory->text().trimmed().isEmpty()) {
        m_directory->setFocus();
        return tr("Enter the directory's id or its SCIM base URL.");
    }
    if (directoryIdFrom(m_directory->text()).isEmpty()) {
        m_directory->setFocus();
        return tr("\"%1\" is neither a directory id nor a SCIM base URL. The base URL ends in "
                  "/scim/directory/ and the directory's id.")
            .arg(m_directory->text().trimmed());
    }
    if (m_key->text().trimmed().isEmpty()) {
        m_key->setFocus();
        return tr("Paste the directory's SCIM API key.");
    }
    return QString();
}

void ScimKeyDialog::apply()
{
    const QString directoryId = directoryIdFrom(m_directory->text());
    const QString key = m_key->text().trimmed();
    setApplying(tr("Testing the key against the directory at %1\u2026").arg(m_baseUrl.host()));
    delete m_test; // a previous attempt's call goes with it
    m_test = new ScimKeyTest(m_baseUrl, directoryId, key, this);
    connect(m_test, &ScimKeyTest::finished, this, [this, directoryId, key](const QString &problem) {
        m_test->deleteLater();
        if (!problem.isEmpty()) {
            finishApplying(problem);
            return;
        }
        save(directoryId, key);
    });
    m_test->start();
}

void ScimKeyDialog::save(const QString &directoryId, const QString &key)
{
    setApplying(tr("Saving the key in the system keychain\u2026"));
    const QString name = m_name->text().trimmed();
    m_profiles->saveScimKey(
        m_profileId, directoryId, key, this,
        [this, directoryId, name](const CredentialResult &result) {
            if (!result.ok()) {
                finishApplying(
                    tr("The key works, but it could not be saved. %1").arg(result.message));
                return;
            }
            if (!m_profiles->nameScimDirectory(m_profileId, directoryId, name)) {
                finishApplying(tr("The key was saved, but not the directory's name: the settings "
                                  "file could not be written. Check the free space and "
                                  "permissions of the configuration folder."));
                return;
            }
            Q_EMIT keySaved(directoryId);
            succeed();
        });
}
