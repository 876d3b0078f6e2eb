#include "ProvisioningPane.h"

#include "ApiClient.h"
#include "AreaLink.h"
#include "Connection.h"
#include "MessagePanel.h"
#include "ProfileManager.h"
#include "ScimGroupsView.h"
#include "ScimKeyDialog.h"
#include "ScimKeyring.h"
#include "ScimLinkCheckView.h"
#include "ScimService.h"
#include "ScimUsersView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

ProvisioningPane::ProvisioningPane(Connection *connection, QWidget *parent)
    : AreaPane(parent), m_connection(connection), m_directory(new QComboBox(this)),
      m_addKey(new QPushButton(tr("Add a directory key\u2026"), this)),
      m_stack(new QStackedWidget(this)),
      m_message(new MessagePanel(MessagePanel::Style::Centred, this)), m_tabs(new QTabWidget(this)),
      m_users(new ScimUsersView(connection, this)), m_groups(new ScimGroupsView(connection, this)),
      m_linkCheck(new ScimLinkCheckView(connection, this))
{
    setObjectName(QStringLiteral("provisioningPane"));
    m_directory->setObjectName(QStringLiteral("scimDirectoryPicker"));
    m_directory->setMinimumContentsLength(28);
    m_directory->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_addKey->setObjectName(QStringLiteral("scimAddKey"));
    m_message->setObjectName(QStringLiteral("provisioningMessage"));
    m_tabs->setObjectName(QStringLiteral("provisioningTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_users, tr("&Users"));
    m_tabs->addTab(m_groups, tr("&Groups"));
    m_tabs->addTab(m_linkCheck, tr("&Link check"));

    auto *label = new QLabel(tr("Identity-provider &directory:"), this);
    label->setBuddy(m_directory);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(8, 8, 8, 0);
    top->addWidget(label);
    top->addWidget(m_directory);
    top->addWidget(m_addKey);
    top->addStretch(1);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_directory, &QComboBox::activated, this,
            [this] { openDirectory(m_directory->currentData().toString()); });
    connect(m_addKey, &QPushButton::clicked, this, &ProvisioningPane::addKey);
    connect(m_message, &MessagePanel::buttonClicked, this, &ProvisioningPane::addKey);
    connect(m_users, &AreaPane::ready, this, [this] {
        if (!m_readySent) {
            m_readySent = true;
            Q_EMIT ready();
        }
    });
    for (AreaPane *view : std::initializer_list<AreaPane *>{m_users, m_groups, m_linkCheck})
        connect(view, &AreaPane::openRequested, this, &AreaPane::openRequested);
    if (ScimKeyring *keys = m_connection->scimKeys())
        connect(keys, &ScimKeyring::directoriesChanged, this, &ProvisioningPane::reloadDirectories);
    reloadDirectories();
}

ProvisioningPane::~ProvisioningPane() = default;

QString ProvisioningPane::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void ProvisioningPane::showMessage(const QString &text, const QString &buttonText, bool isError)
{
    m_message->showMessage(text, buttonText, isError);
    m_stack->setCurrentWidget(m_message);
    if (!m_readySent && (isError || !buttonText.isEmpty())) {
        m_readySent = true;
        Q_EMIT ready();
    }
}

void ProvisioningPane::reloadDirectories()
{
    const ScimKeyring *keys = m_connection->scimKeys();
    m_addKey->setEnabled(keys != nullptr);
    if (!keys) {
        showMessage(tr("SCIM directory keys are kept with a profile, and this window was opened "
                       "without one. Open the organization through Organization > Profiles\u2026 "
                       "to add its directories' keys."),
                    QString(), true);
        return;
    }
    const QList<ScimDirectoryRef> directories = keys->directories();
    m_directory->clear();
    for (const ScimDirectoryRef &directory : directories)
        m_directory->addItem(directory.label, directory.directoryId);
    m_directory->setEnabled(!directories.isEmpty());
    if (directories.isEmpty()) {
        m_openDirectoryId.clear();
        m_service.reset();
        m_users->setService(nullptr);
        m_groups->setService(nullptr);
        m_linkCheck->setService(nullptr);
        showMessage(tr("No SCIM directory key in this profile yet. Each identity provider "
                       "connected to the organization has its own SCIM directory and key "
                       "(Atlassian Administration > Security > Identity providers); the "
                       "organization's admin API key does not open it."),
                    tr("Add a directory key\u2026"), false);
        return;
    }
    const int kept = m_directory->findData(m_openDirectoryId);
    m_directory->setCurrentIndex(kept >= 0 ? kept : 0);
    openDirectory(m_directory->currentData().toString());
}

void ProvisioningPane::refresh()
{
    if (!m_service) {
        const QString id = m_openDirectoryId;
        m_openDirectoryId.clear();
        if (!id.isEmpty())
            openDirectory(id);
        return;
    }
    if (auto *view = qobject_cast<AreaPane *>(m_tabs->currentWidget()))
        view->refresh();
}

void ProvisioningPane::openDirectory(const QString &directoryId)
{
    if (directoryId.isEmpty() || (directoryId == m_openDirectoryId && m_service))
        return;
    m_openDirectoryId = directoryId;
    m_service.reset();
    delete m_client;
    showMessage(tr("Reading the directory's SCIM key from the keychain\u2026"), QString(), false);
    m_connection->scimKeys()->loadKey(
        directoryId, this, [this, directoryId](const CredentialResult &key) {
            if (directoryId != m_openDirectoryId)
                return; // another directory was picked meanwhile
            if (!key.ok()) {
                showMessage(key.isUnavailable()
                                ? key.message
                                : tr("There is no SCIM key on record for this directory. Add it "
                                     "again."),
                            tr("Add a directory key\u2026"), true);
                return;
            }
            onKey(directoryId, key.secret);
        });
}

void ProvisioningPane::onKey(const QString &directoryId, const QString &key)
{
    m_client = ScimService::makeClient(m_connection->baseUrl(), directoryId, key, this);
    m_service = std::make_unique<ScimService>(m_client, directoryId);
    m_users->setService(m_service.get());
    m_groups->setService(m_service.get());
    m_linkCheck->setService(m_service.get());
    m_stack->setCurrentWidget(m_tabs);
    if (!m_pendingRecordId.isEmpty())
        showRecord(std::exchange(m_pendingRecordId, QString()));
}

void ProvisioningPane::open(const AreaLink &link)
{
    if (link.filter.isEmpty())
        return;
    const int index = m_directory->findData(link.filter);
    if (index < 0) {
        showMessage(tr("This profile has no SCIM key for the directory %1. Add its key to see "
                       "the record.")
                        .arg(link.filter),
                    tr("Add a directory key\u2026"), true);
        return;
    }
    m_tabs->setCurrentWidget(m_users);
    m_directory->setCurrentIndex(index);
    if (link.filter == m_openDirectoryId && m_service) {
        showRecord(link.itemId);
        return;
    }
    m_pendingRecordId = link.itemId;
    openDirectory(link.filter);
}

// SCIM cannot filter by id: the record is read by id, then searched for by its user name.
void ProvisioningPane::showRecord(const QString &scimUserId)
{
    if (scimUserId.isEmpty() || !m_service)
        return;
    m_service->user(scimUserId, this, [this](const ApiResult<ScimUser> &result) {
        if (result.ok()) // a record that is gone: the list stays as it is
            m_users->showUserName(result.value.userName);
    });
}

void ProvisioningPane::addKey()
{
    ScimKeyring *keys = m_connection->scimKeys();
    if (!keys)
        return;
    auto *dialog =
        new ScimKeyDialog(keys->profiles(), keys->profileId(), m_connection->baseUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSandboxKeys(keys->sandboxKeys());
    dialog->setSessionOnly(keys->isSessionOnly());
    connect(dialog, &ScimKeyDialog::keySaved, this, [this](const QString &directoryId) {
        m_openDirectoryId = directoryId; // opened again, with the key just saved
        m_service.reset();
        reloadDirectories();
    });
    dialog->open();
}
