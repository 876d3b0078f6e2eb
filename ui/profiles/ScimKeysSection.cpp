#include "ScimKeysSection.h"

#include "ProfileManager.h"
#include "ScimKeyDialog.h"
#include "ScimKeyTest.h"
#include "StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ScimKeysSection::ScimKeysSection(ProfileManager *profiles, QWidget *parent)
    : QGroupBox(tr("SCIM directory keys (user provisioning)"), parent), m_profiles(profiles),
      m_list(new QListWidget(this)), m_add(new QPushButton(tr("Add key\u2026"), this)),
      m_replace(new QPushButton(tr("Replace key\u2026"), this)),
      m_test(new QPushButton(tr("Test"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("scimKeysSection"));
    m_list->setObjectName(QStringLiteral("scimKeyList"));
    m_add->setObjectName(QStringLiteral("scimKeyAdd"));
    m_replace->setObjectName(QStringLiteral("scimKeyReplace"));
    m_test->setObjectName(QStringLiteral("scimKeyTest"));
    m_remove->setObjectName(QStringLiteral("scimKeyRemove"));
    m_result->setObjectName(QStringLiteral("scimKeyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_replace, m_test, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_result);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        m_result->clear();
    });
    connect(m_add, &QPushButton::clicked, this, &ScimKeysSection::addKey);
    connect(m_replace, &QPushButton::clicked, this, &ScimKeysSection::replaceSelected);
    connect(m_test, &QPushButton::clicked, this, &ScimKeysSection::testSelected);
    connect(m_remove, &QPushButton::clicked, this, &ScimKeysSection::removeSelected);
    connect(m_profiles, &ProfileManager::profilesChanged, this, &ScimKeysSection::reload);
    reload();
}

void ScimKeysSection::setProfile(const QString &profileId)
{
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    m_result->clear();
    reload();
}

void ScimKeysSection::reload()
{
    const QString selected = selectedDirectoryId();
    m_list->clear();
    const std::optional<Profile> profile = m_profiles->profile(m_profileId);
    setEnabled(profile.has_value());
    if (!profile)
        return;
    m_baseUrl = profile->baseUrl;
    for (const QString &directoryId : profile->scimDirectoryIds) {
        const QString label = profile->scimDirectoryLabel(directoryId);
        auto *item = new QListWidgetItem(
            label == directoryId ? label : QStringLiteral("%1  (%2)").arg(label, directoryId),
            m_list);
        item->setData(Qt::UserRole, directoryId);
        if (directoryId == selected)
            m_list->setCurrentItem(item);
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QString ScimKeysSection::selectedDirectoryId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ScimKeysSection::updateButtons()
{
    const bool picked = !selectedDirectoryId().isEmpty();
    m_replace->setEnabled(picked);
    m_test->setEnabled(picked && !m_running);
    m_remove->setEnabled(picked);
}

QString ScimKeysSection::resultText() const
{
    return m_result->text();
}

void ScimKeysSection::showResult(const QString &text, bool isError)
{
    m_result->setStyleSheet(
        isError ? QStringLiteral("color: %1;").arg(StatusColors::danger().name()) : QString());
    m_result->setText(text);
}

void ScimKeysSection::addKey()
{
    auto *dialog = new ScimKeyDialog(m_profiles, m_profileId, m_baseUrl, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<Profile> profile = m_profiles->profile(m_profileId);
    if (profile && profile->isSandbox())
        dialog->setSandboxKeys(m_sandboxKeys);
    connect(dialog, &ScimKeyDialog::keySaved, this, [this](const QString &directoryId) {
        showResult(tr("The key works and is saved in the system keychain."), false);
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(Qt::UserRole).toString() == directoryId)
                m_list->setCurrentRow(row);
        }
    });
    dialog->open();
}

void ScimKeysSection::replaceSelected()
{
    const QString directoryId = selectedDirectoryId();
    if (directoryId.isEmpty())
        return;
    auto *dialog = new ScimKeyDialog(m_profiles, m_profileId, m_baseUrl, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->replaceKeyOf(directoryId);
    const std::optional<Profile> profile = m_profiles->profile(m_profileId);
    if (profile && profile->isSandbox())
        dialog->setSandboxKeys(m_sandboxKeys);
    connect(dialog, &ScimKeyDialog::keySaved, this, [this] {
        showResult(tr("The new key works and replaced the old one in the system keychain."), false);
    });
    dialog->open();
}

void ScimKeysSection::testSelected()
{
    const QString directoryId = selectedDirectoryId();
    if (directoryId.isEmpty())
        return;
    showResult(tr("Reading the key from the keychain\u2026"), false);
    m_test->setEnabled(false);
    m_profiles->loadScimKey(
        m_profileId, directoryId, this, [this, directoryId](const CredentialResult &key) {
            if (!key.ok()) {
                updateButtons();
                showResult(key.isUnavailable() ? key.message
                                               : tr("There is no key on record for this "
                                                    "directory. Choose Replace key and paste "
                                                    "one."),
                           true);
                return;
            }
            showResult(tr("Testing the key against the directory\u2026"), false);
            delete m_running;
            m_running = new ScimKeyTest(m_baseUrl, directoryId, key.secret, this);
            connect(m_running, &ScimKeyTest::finished, this, [this](const QString &problem) {
                m_running->deleteLater();
                updateButtons();
                if (problem.isEmpty())
                    showResult(tr("The key opens this directory."), false);
                else
                    showResult(problem, true);
            });
            m_running->start();
        });
}

void ScimKeysSection::removeSelected()
{
    const QString directoryId = selectedDirectoryId();
    const std::optional<Profile> profile = m_profiles->profile(m_profileId);
    if (directoryId.isEmpty() || !profile)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove SCIM key"),
        tr("Remove the SCIM key of \"%1\" from the profile \"%2\"? It is deleted from the system "
           "keychain; the key itself stays valid, and the identity provider keeps using it, "
           "until it is regenerated in Atlassian Administration.")
            .arg(profile->scimDirectoryLabel(directoryId), profile->name),
        QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, directoryId](QAbstractButton *b) {
        if (b != yes)
            return;
        m_remove->setEnabled(false);
        m_profiles->removeScimKey(m_profileId, directoryId, this,
                                  [this](const CredentialResult &result) {
                                      updateButtons();
                                      if (result.ok())
                                          showResult(tr("The key was removed."), false);
                                      else
                                          showResult(result.message, true);
                                  });
    });
    m_question = box;
    box->open();
}
