#include "ProfileDialog.h"

#include "ApiClient.h"
#include "ConnectDialog.h"
#include "KeyCapabilitiesView.h"
#include "KeyProbe.h"
#include "ProfileManager.h"
#include "ScimKeysSection.h"
#include "StatusColors.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ProfileDialog::ProfileDialog(ProfileManager *profiles, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("Add organization\u2026"), this)),
      m_addSandbox(new QPushButton(tr("Add the sandbox"), this)),
      m_edit(new QPushButton(tr("Edit or rotate key\u2026"), this)),
      m_test(new QPushButton(tr("Test"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_open(new QPushButton(tr("Open"), this)), m_result(new QLabel(this)),
      m_capabilities(new KeyCapabilitiesView(this)), m_scimKeys(new ScimKeysSection(profiles, this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Profiles"));
    resize(820, 760);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_result->setObjectName(QStringLiteral("profileTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_capabilities->hide();

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_open, m_add, m_addSandbox, m_edit, m_test, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_capabilities, 2);
    layout->addWidget(m_scimKeys, 1);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        m_result->clear();
        m_capabilities->hide();
        m_scimKeys->setProfile(selectedProfileId());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { m_open->click(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!selectedProfileId().isEmpty())
            Q_EMIT openRequested(selectedProfileId());
    });
    connect(m_add, &QPushButton::clicked, this, &ProfileDialog::addOrganization);
    connect(m_addSandbox, &QPushButton::clicked, this, &ProfileDialog::sandboxProfileRequested);
    connect(m_edit, &QPushButton::clicked, this, &ProfileDialog::editSelected);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::removeSelected);
    connect(m_profiles, &ProfileManager::profilesChanged, this, &ProfileDialog::reload);
    reload();
}

void ProfileDialog::reload()
{
    const QString selected = selectedProfileId();
    const QList<Profile> all = m_profiles->profiles();
    m_list->clear();
    for (const Profile &profile : all) {
        QString text = profile.name;
        if (profile.isSandbox())
            text += tr("  (sandbox, on this computer)");
        else
            text += QStringLiteral("  (%1)").arg(profile.orgId);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, profile.id);
        const QString expiry = KeyExpiry::message(profile.name, profile.keyExpiry, m_clock());
        item->setToolTip(expiry);
    }
    selectProfile(selected);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    const bool hasSandbox =
        std::any_of(all.cbegin(), all.cend(), [](const Profile &p) { return p.isSandbox(); });
    m_addSandbox->setEnabled(!hasSandbox);
    m_scimKeys->setProfile(selectedProfileId());
    updateButtons();
}

void ProfileDialog::setSandboxScimKeys(const QList<ScimDirectoryKeyHint> &keys)
{
    m_scimKeys->setSandboxKeys(keys);
}

void ProfileDialog::selectProfile(const QString &profileId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == profileId)
            m_list->setCurrentRow(row);
    }
}

QString ProfileDialog::selectedProfileId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileDialog::updateButtons()
{
    const std::optional<Profile> profile = m_profiles->profile(selectedProfileId());
    m_open->setEnabled(profile.has_value());
    m_edit->setEnabled(profile && !profile->isSandbox());
    m_test->setEnabled(profile && !profile->isSandbox());
    m_remove->setEnabled(profile.has_value());
}

QString ProfileDialog::resultText() const
{
    return m_result->text();
}

void ProfileDialog::showResult(const QString &text, bool isError)
{
    m_result->setStyleSheet(
        isError ? QStringLiteral("color: %1;").arg(StatusColors::danger().name()) : QString());
    m_result->setText(text);
}

void ProfileDialog::addOrganization()
{
    auto *dialog = new ConnectDialog(m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_clock);
    connect(dialog, &ConnectDialog::profileSaved, this, &ProfileDialog::selectProfile);
    dialog->open();
}

void ProfileDialog::editSelected()
{
    const std::optional<Profile> profile = m_profiles->profile(selectedProfileId());
    if (!profile || profile->isSandbox())
        return;
    auto *dialog = new ConnectDialog(m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_clock);
    dialog->editProfile(*profile);
    dialog->open();
}

void ProfileDialog::testSelected()
{
    const std::optional<Profile> profile = m_profiles->profile(selectedProfileId());
    if (!profile || profile->isSandbox())
        return;
    m_test->setEnabled(false);
    m_capabilities->hide();
    showResult(tr("Reading the key from the keychain\u2026"), false);
    const Profile tested = *profile;
    m_profiles->loadKey(tested.id, this, [this, tested](const CredentialResult &key) {
        if (!key.ok()) {
            updateButtons();
            showResult(key.isUnavailable() ? key.message
                                           : tr("There is no key on record for \"%1\". Choose "
                                                "Edit or rotate key and paste one.")
                                                 .arg(tested.name),
                       true);
            return;
        }
        showResult(tr("Testing the key with read-only calls\u2026"), false);
        delete m_testClient;
        m_testClient = new ApiClient(tested.baseUrl, this);
        m_testClient->setRetryPolicy(KeyProbe::interactivePolicy());
        m_testClient->setApiKey(key.secret);
        KeyProbe probe(m_testClient, tested.orgId);
        probe.setKeyExpiry(tested.keyExpiry, m_clock());
        probe.verify(m_testClient, [this, probe, tested](const KeyVerdict &verdict) {
            if (!verdict.accepted()) {
                updateButtons();
                showResult(verdict.message, true);
                return;
            }
            showResult(tr("The key of \"%1\" works%2.")
                           .arg(tested.name, verdict.orgName.isEmpty()
                                                 ? QString()
                                                 : tr(" for %1").arg(verdict.orgName)),
                       false);
            m_capabilities->show();
            m_capabilities->showProbing();
            probe.probeAreas(m_testClient, [this](const KeyCapabilities &capabilities) {
                m_capabilities->setCapabilities(capabilities);
                updateButtons();
            });
        });
    });
}

void ProfileDialog::ask(const QString &text, const QString &yesText, std::function<void()> onYes)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, windowTitle(), text, QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(yesText, QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [yes, onYes](QAbstractButton *clicked) {
        if (clicked == yes)
            onYes();
    });
    m_question = box;
    box->open();
}

void ProfileDialog::removeSelected()
{
    const std::optional<Profile> profile = m_profiles->profile(selectedProfileId());
    if (!profile)
        return;
    const QString id = profile->id;
    const QString text =
        profile->isSandbox()
            ? tr("Remove the sandbox profile \"%1\"?").arg(profile->name)
            : tr("Remove the profile \"%1\"? Its API key is deleted from the system keychain; the "
                 "key itself stays valid in Atlassian Administration until you revoke it there.")
                  .arg(profile->name);
    ask(text, tr("Remove"), [this, id] { removeProfile(id, false); });
}

void ProfileDialog::removeProfile(const QString &profileId, bool force)
{
    m_remove->setEnabled(false);
    m_profiles->remove(profileId, force, this, [this, profileId](const CredentialResult &result) {
        updateButtons();
        if (result.ok()) {
            showResult(tr("The profile and its keys were removed."), false);
            return;
        }
        showResult(result.message, true);
        ask(tr("The key could not be deleted from the keychain, so the profile was kept.\n\n%1\n\n"
               "Remove the profile anyway? Its key would stay in the keychain until you delete it "
               "there (for example with Passwords and Keys).")
                .arg(result.message),
            tr("Remove anyway"), [this, profileId] { removeProfile(profileId, true); });
    });
}
