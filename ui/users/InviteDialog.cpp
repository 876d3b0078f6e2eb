#include "InviteDialog.h"

#include "ConfirmDialog.h"
#include "Connection.h"
#include "InviteGroupsField.h"
#include "JobLauncher.h"
#include "PeopleResolver.h"
#include "RoleCatalog.h"
#include "UserText.h"
#include "WorkspacePicker.h"
#include "WorkspaceRoleFields.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

InviteDialog::InviteDialog(Connection *connection, JobLauncher *launcher, QWidget *parent)
    : FormDialog(parent), m_connection(connection), m_launcher(launcher),
      m_addresses(new QPlainTextEdit(this)), m_members(new QLabel(this)),
      m_groups(new InviteGroupsField(connection, this)), m_notify(new QCheckBox(this)),
      m_message(new QPlainTextEdit(this)),
      m_resolver(new PeopleResolver(&connection->users(), this))
{
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(tr("Invite people"));
    setApplyText(tr("Invite\u2026"));
    setMinimumWidth(640);

    form()->addRow(tr("&Addresses"), createAddressField());
    m_fields = new WorkspaceRoleFields(connection, form(), QStringLiteral("invite"), this,
                                       InviteOperation::inviteRoles());
    // Room for the rest of the form on a laptop screen.
    m_fields->picker()->setMinimumHeight(150);
    m_fields->picker()->setMaximumHeight(190);
    form()->addRow(tr("Access"), createGrantsField());
    m_groups->setObjectName(QStringLiteral("inviteGroupsField"));
    form()->addRow(tr("&Groups"), m_groups);
    m_notify->setObjectName(QStringLiteral("inviteNotify"));
    m_notify->setText(tr("Send an invitation &e-mail"));
    form()->addRow(QString(), m_notify);
    m_message->setObjectName(QStringLiteral("inviteMessage"));
    m_message->setPlaceholderText(tr("A message for the invitation e-mail (optional)"));
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 3 + 12);
    m_message->setEnabled(false);
    form()->addRow(tr("&Message"), m_message);
    connect(m_notify, &QCheckBox::toggled, m_message, &QWidget::setEnabled);

    m_checkDelay.setSingleShot(true);
    m_checkDelay.setInterval(600);
    connect(&m_checkDelay, &QTimer::timeout, this, &InviteDialog::checkMembers);
    connect(m_resolver, &PeopleResolver::finished, this, &InviteDialog::onMembersResolved);
    connect(m_resolver, &PeopleResolver::failed, this, [this](const ApiError &error) {
        m_members->setText(tr("Could not check who is already here: %1").arg(error.userMessage()));
        if (std::exchange(m_startWhenChecked, false))
            finishApplying(error.userMessage());
    });
}

QWidget *InviteDialog::createAddressField()
{
    auto *box = new QWidget(this);
    m_addresses->setObjectName(QStringLiteral("inviteAddresses"));
    m_addresses->setPlaceholderText(
        tr("One a line or separated by commas; \u201cName <address>\u201d works too"));
    m_addresses->setFixedHeight(m_addresses->fontMetrics().lineSpacing() * 5 + 12);
    auto *load = new QPushButton(tr("&Load from a file\u2026"), box);
    load->setObjectName(QStringLiteral("inviteLoadFile"));
    connect(load, &QPushButton::clicked, this, &InviteDialog::chooseFile);
    m_members->setObjectName(QStringLiteral("inviteMembers"));
    m_members->setWordWrap(true);
    m_members->setTextFormat(Qt::PlainText);
    m_members->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *under = new QHBoxLayout;
    under->addWidget(m_members, 1);
    under->addWidget(load, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_addresses);
    layout->addLayout(under);
    connect(m_addresses, &QPlainTextEdit::textChanged, this, [this] {
        m_list = PeopleList::parse(m_addresses->toPlainText());
        m_members->setText(m_list.emails.isEmpty()
                               ? QString()
                               : tr("%n address(es); checking who is already here\u2026", nullptr,
                                    int(m_list.emails.size())));
        m_checkDelay.start();
    });
    return box;
}

QWidget *InviteDialog::createGrantsField()
{
    auto *box = new QWidget(this);
    m_addGrant = new QPushButton(tr("A&dd this access"), box);
    m_addGrant->setObjectName(QStringLiteral("inviteAddGrant"));
    auto *remove = new QPushButton(tr("Remo&ve"), box);
    remove->setObjectName(QStringLiteral("inviteRemoveGrant"));
    m_grantList = new QTreeWidget(box);
    m_grantList->setObjectName(QStringLiteral("inviteGrants"));
    m_grantList->setHeaderLabels({tr("Workspace"), tr("Role")});
    m_grantList->setRootIsDecorated(false);
    m_grantList->setFixedHeight(m_grantList->fontMetrics().lineSpacing() * 4 + 30);
    m_grantList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_addGrant, &QPushButton::clicked, this, &InviteDialog::addGrant);
    connect(remove, &QPushButton::clicked, this, &InviteDialog::removeSelectedGrant);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addGrant);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_grantList, 1);
    layout->addLayout(buttons);
    return box;
}

void InviteDialog::setAddresses(const QString &text)
{
    m_addresses->setPlainText(text);
}

void InviteDialog::preselectGroup(const QString &groupId)
{
    m_groups->preselect(groupId);
}

bool InviteDialog::addGrant()
{
    const auto workspace = m_fields->workspace();
    const QString role = m_fields->role();
    if (!workspace || role.isEmpty()) {
        showProblem(tr("Pick a workspace and a role, then add them."));
        return false;
    }
    clearProblem();
    // One role a workspace: a second choice for the same workspace replaces the first.
    for (int i = 0; i < m_grants.size(); ++i) {
        if (m_grants.at(i).resource == workspace->id) {
            m_grants.removeAt(i);
            delete m_grantList->takeTopLevelItem(i);
            break;
        }
    }
    m_grants.append({workspace->id, role, workspace->name});
    auto *item = new QTreeWidgetItem(
        m_grantList, {tr("%1 (%2)").arg(workspace->name, UserText::productName(workspace->typeKey)),
                      RoleCatalog::displayName(role)});
    item->setToolTip(1, RoleCatalog::description(role));
    return true;
}

void InviteDialog::removeSelectedGrant()
{
    const int row = m_grantList->indexOfTopLevelItem(m_grantList->currentItem());
    if (row < 0)
        return;
    m_grants.removeAt(row);
    delete m_grantList->takeTopLevelItem(row);
}

void InviteDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Load addresses"), QString(),
                                   tr("Text and CSV files (*.txt *.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            showProblem(tr("Could not read %1: %2").arg(path, file.errorString()));
            return;
        }
        setAddresses(QString::fromUtf8(file.read(4 * 1024 * 1024)));
    });
    dialog->open();
}

bool InviteDialog::isCheckingMembers() const
{
    return m_resolver->isRunning() || m_checkDelay.isActive();
}

void InviteDialog::checkMembers()
{
    if (m_list.emails.isEmpty() || m_resolver->isRunning())
        return;
    m_askedEmails = m_list.emails;
    PeopleList emailsOnly;
    emailsOnly.emails = m_askedEmails;
    m_resolver->resolve(emailsOnly);
}

void InviteDialog::onMembersResolved()
{
    m_checkedList = m_list;
    m_checkedList.emails = m_askedEmails;
    m_memberNames.clear();
    for (const DirectoryUser &person : m_resolver->found())
        m_memberNames.insert(person.email.toLower(), person.name);
    m_members->setText(membersText());
    if (std::exchange(m_startWhenChecked, false))
        start();
    else if (m_askedEmails != m_list.emails) // edited while the check ran
        m_checkDelay.start();
}

QString InviteDialog::membersText() const
{
    const int count = int(m_checkedList.emails.size());
    if (count == 0)
        return QString();
    QStringList here;
    for (const QString &email : m_checkedList.emails) {
        if (m_memberNames.contains(email))
            here.append(email);
    }
    QString text = tr("%n address(es).", nullptr, count);
    if (here.isEmpty())
        text += u' ' + tr("Nobody on the list is in the organization yet: each gets an "
                          "invitation.");
    else
        text += u' ' + tr("Already in the organization (they get the roles and groups, no "
                          "invitation): %1.")
                           .arg(ConfirmDialog::summarizeNames(here, int(here.size()), 4));
    if (!m_checkedList.unreadable.isEmpty() || !m_checkedList.accountIds.isEmpty())
        text += u' ' + tr("Not addresses, left out: %1.")
                           .arg((m_checkedList.accountIds + m_checkedList.unreadable)
                                    .join(QStringLiteral(", ")));
    return text;
}

QString InviteDialog::validate()
{
    if (m_list.emails.isEmpty()) {
        m_addresses->setFocus();
        return tr("Give the addresses of the people to invite.");
    }
    // A workspace picked but not added is what the person meant: add it for them.
    if (m_grants.isEmpty() && m_fields->workspace() && !m_fields->role().isEmpty())
        addGrant();
    if (m_grants.isEmpty() && m_groups->checkedGroups().isEmpty())
        return tr("Give the people access to at least one workspace, or pick a group.");
    return QString();
}

void InviteDialog::apply()
{
    if (isCheckingMembers() || m_checkedList.emails != m_list.emails) {
        m_startWhenChecked = true;
        setApplying(tr("Checking who is already in the organization\u2026"));
        m_checkDelay.stop();
        if (!m_resolver->isRunning())
            checkMembers();
        return;
    }
    start();
}

void InviteDialog::start()
{
    if (m_checkedList.emails != m_list.emails) { // edited during the check
        m_startWhenChecked = true;
        checkMembers();
        return;
    }
    InviteSpec spec;
    spec.grants = m_grants;
    spec.groups = m_groups->checkedGroups();
    spec.sendNotification = m_notify->isChecked();
    spec.notificationText = spec.sendNotification ? m_message->toPlainText().trimmed() : QString();
    QList<JobItem> items;
    int members = 0;
    for (const QString &email : std::as_const(m_list.emails)) {
        const bool member = m_memberNames.contains(email);
        members += member;
        items.append(InviteOperation::itemFor(email, member, m_memberNames.value(email)));
    }
    QStringList access;
    for (const InviteSpec::Grant &grant : std::as_const(spec.grants))
        access.append(
            tr("%1 on %2").arg(RoleCatalog::displayName(grant.role), grant.workspaceName));
    QStringList groups;
    for (const InviteSpec::GroupRef &group : std::as_const(spec.groups))
        groups.append(group.name);

    ConfirmRequest request;
    request.action = tr("Invite");
    request.question = tr("Invite %n person(s)?", nullptr, int(items.size()));
    request.names = m_list.emails;
    request.count = int(items.size());
    QStringList details;
    if (!access.isEmpty())
        details.append(tr("Access: %1.").arg(access.join(QStringLiteral(", "))));
    if (!groups.isEmpty())
        details.append(tr("Groups: %1.").arg(groups.join(QStringLiteral(", "))));
    if (members > 0)
        details.append(tr("%n of them already in the organization: they get the access and "
                          "groups, no invitation.",
                          nullptr, members));
    details.append(spec.sendNotification ? tr("An invitation e-mail is sent.")
                                         : tr("No e-mail is sent."));
    request.details = details.join(u'\n');
    setApplying(tr("Waiting for your confirmation\u2026"));
    ConfirmDialog::ask(this, request, this,
                       [this, spec, items](const ConfirmDialog::Answer &answer) {
                           if (!answer.confirmed || !m_connection) {
                               finishApplying(QString());
                               return;
                           }
                           JobSpec job;
                           job.operation = InviteOperation::operationKey();
                           job.title = tr("Invite %n person(s)", nullptr, int(items.size()));
                           job.orgId = m_connection->orgId();
                           job.params = spec.toParams();
                           BulkJob *started = m_launcher->start(m_connection->client(), job, items);
                           if (!started) {
                               finishApplying(tr("Could not start the job."));
                               return;
                           }
                           Q_EMIT jobStarted(started);
                           succeed();
                       });
}
