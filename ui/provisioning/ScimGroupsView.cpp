#include "ScimGroupsView.h"

#include "ConfirmDialog.h"
#include "Connection.h"
#include "FieldListPane.h"
#include "MessagePanel.h"
#include "ScimGroupsModel.h"
#include "ScimService.h"
#include "UserText.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace {

ListAreaPane::Texts groupsTexts()
{
    return {ScimGroupsView::tr("Exact group name"),
            ScimGroupsView::tr("Loading the directory's groups\u2026"),
            ScimGroupsView::tr("The directory has no groups: the identity provider has pushed "
                               "none yet."),
            ScimGroupsView::tr("No group has exactly this name. SCIM finds exact matches only."),
            ScimGroupsView::tr("Could not load the directory's groups."),
            QStringLiteral("scim-groups.csv")};
}

} // namespace

ScimGroupsView::ScimGroupsView(Connection *, QWidget *parent)
    : ListAreaPane(QStringLiteral("scimGroups"), groupsTexts(), parent),
      m_model(new ScimGroupsModel(this)), m_create(new QPushButton(tr("New group\u2026"), this)),
      m_delete(new QPushButton(tr("Delete group\u2026"), this)),
      m_result(new MessagePanel(MessagePanel::Style::Bar, this))
{
    build(m_model, nullptr, createDetail());
    setMultiSelection(false);
    m_create->setObjectName(QStringLiteral("scimGroupCreate"));
    m_delete->setObjectName(QStringLiteral("scimGroupDelete"));
    m_delete->setToolTip(tr("Deletes the group here and the synced group in Groups; its members "
                            "keep their accounts"));
    addActionWidget(m_delete);
    addActionWidget(m_create);
    setRemoveButton(m_delete);
    connect(m_create, &QPushButton::clicked, this, &ScimGroupsView::createGroup);
    connect(m_delete, &QPushButton::clicked, this, &ScimGroupsView::deleteSelected);
    m_result->setObjectName(QStringLiteral("scimGroupsResult"));
    m_result->hide();
    addRowBelowToolbar(m_result);
    sizeColumns({QStringLiteral("acme-robotics-engineering"), QStringLiteral("00g1a2b3c4d5e6f7"),
                 QStringLiteral("1,000"), QStringLiteral("12 Mar 2026")});
    updateActions();
}

ScimGroupsView::~ScimGroupsView() = default;

QWidget *ScimGroupsView::createDetail()
{
    auto *detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("scimGroupDetail"));
    m_detail = new FieldListPane(detail);
    m_detail->clear(tr("Pick a group to see its members."));
    m_members = new QListWidget(detail);
    m_members->setObjectName(QStringLiteral("scimGroupMembers"));
    m_members->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_addMembers = new QPushButton(tr("Add members\u2026"), detail);
    m_addMembers->setObjectName(QStringLiteral("scimGroupAddMembers"));
    m_removeMembers = new QPushButton(tr("Remove picked members\u2026"), detail);
    m_removeMembers->setObjectName(QStringLiteral("scimGroupRemoveMembers"));
    connect(m_addMembers, &QPushButton::clicked, this, &ScimGroupsView::addMembers);
    connect(m_removeMembers, &QPushButton::clicked, this, &ScimGroupsView::removePickedMembers);
    connect(m_members, &QListWidget::itemSelectionChanged, this, &ScimGroupsView::updateActions);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addMembers);
    buttons->addWidget(m_removeMembers);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_members, 2);
    layout->addLayout(buttons);
    return detail;
}

void ScimGroupsView::setService(ScimService *scim)
{
    m_scim = scim;
    m_model->setService(scim);
    m_result->hide();
    m_model->reload();
    updateActions();
}

QString ScimGroupsView::resultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

void ScimGroupsView::showResult(const QString &text, bool isError)
{
    m_result->showMessage(text, QString(), isError);
    m_result->show();
}

void ScimGroupsView::applyFilters()
{
    ScimQuery query;
    const QString text = searchField()->text().trimmed();
    if (!text.isEmpty())
        query.filter = ScimQuery::equals(QStringLiteral("displayName"), text);
    m_model->setQuery(query);
    afterQueryChanged();
}

QString ScimGroupsView::amount(int count) const
{
    return tr("%n groups", nullptr, count);
}

void ScimGroupsView::updateActions()
{
    const bool picked = currentSourceRow() >= 0;
    m_create->setEnabled(m_scim != nullptr);
    m_delete->setEnabled(m_scim && picked);
    m_addMembers->setEnabled(m_scim && picked);
    m_removeMembers->setEnabled(m_scim && picked && !m_members->selectedItems().isEmpty());
}

void ScimGroupsView::showDetails(int sourceRow)
{
    m_members->clear();
    if (sourceRow < 0) {
        m_detail->clear(tr("Pick a group to see its members."));
        updateActions();
        return;
    }
    const ScimGroup group = m_model->groupAt(sourceRow);
    m_detail->showFields(
        group.displayName,
        {{tr("Members"), QString::number(group.members.size())},
         {tr("External id"), group.externalId},
         {tr("SCIM id"), group.id},
         {tr("Last modified"), UserText::dateWithAgo(group.lastModified, m_model->currentTime())}});
    for (const ScimRef &member : group.members) {
        auto *item = new QListWidgetItem(member.display.isEmpty() ? member.value : member.display,
                                         m_members);
        item->setData(Qt::UserRole, member.value);
        item->setToolTip(member.value);
    }
    updateActions();
}

void ScimGroupsView::createGroup()
{
    if (!m_scim)
        return;
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("scimGroupNameDialog"));
    ask->setWindowTitle(tr("New SCIM group"));
    ask->setLabelText(tr("The group's name (it also appears in Groups as a synced group):"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &typed) {
        const QString name = typed.trimmed();
        if (name.isEmpty() || !m_scim)
            return;
        m_scim->createGroup(name, QString(), {}, this, [this](const ApiResult<ScimGroup> &result) {
            if (!result.ok()) {
                showResult(tr("The group was not created. %1").arg(result.error.userMessage()),
                           true);
                return;
            }
            showResult(tr("Created the group \u201c%1\u201d.").arg(result.value.displayName),
                       false);
            m_model->reload();
        });
    });
    ask->open();
}

void ScimGroupsView::deleteSelected()
{
    const int row = currentSourceRow();
    if (!m_scim || row < 0)
        return;
    const ScimGroup group = m_model->groupAt(row);
    ConfirmRequest request;
    request.action = tr("Delete group");
    request.question = tr("Delete the group \u201c%1\u201d from this directory? The synced group "
                          "in Groups goes too; its %n member(s) keep their accounts, and the "
                          "identity provider may push the group again.",
                          nullptr, int(group.members.size()))
                           .arg(group.displayName);
    request.names = {group.displayName};
    request.count = 1;
    request.destructive = true;
    ConfirmDialog::ask(this, request, this, [this, group](const ConfirmDialog::Answer &answer) {
        if (!answer.confirmed || !m_scim)
            return;
        m_scim->deleteGroup(group.id, this, [this, group](const ApiError &error) {
            if (error.isError()) {
                showResult(tr("The group was not deleted. %1").arg(error.userMessage()), true);
                return;
            }
            m_model->removeGroup(group.id);
            showResult(tr("Deleted the group \u201c%1\u201d.").arg(group.displayName), false);
        });
    });
}

void ScimGroupsView::addMembers()
{
    const int row = currentSourceRow();
    if (!m_scim || row < 0)
        return;
    const QString groupId = m_model->groupAt(row).id;
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("scimGroupMembersDialog"));
    ask->setWindowTitle(tr("Add members"));
    ask->setOption(QInputDialog::UsePlainTextEditForTextInput);
    ask->setLabelText(tr("The user names of the records to add, one a line:"));
    connect(ask, &QInputDialog::textValueSelected, this, [this, groupId](const QString &text) {
        QStringList names;
        for (const QString &line : text.split(u'\n')) {
            if (!line.trimmed().isEmpty() && !names.contains(line.trimmed()))
                names.append(line.trimmed());
        }
        if (!names.isEmpty())
            addMembersNamed(groupId, names);
    });
    ask->open();
}

// SCIM groups take members by record id: each user name is looked up first (exact match), one
// after the other, then the records found are added in one call.
void ScimGroupsView::addMembersNamed(const QString &groupId, const QStringList &userNames)
{
    showResult(tr("Looking up %n record(s)\u2026", nullptr, int(userNames.size())), false);
    auto lookup = std::make_shared<MemberLookup>();
    lookup->groupId = groupId;
    lookup->pending = userNames;
    lookUpNextMember(lookup);
}

void ScimGroupsView::lookUpNextMember(const std::shared_ptr<MemberLookup> &lookup)
{
    if (!m_scim)
        return;
    if (lookup->pending.isEmpty()) {
        addFoundMembers(*lookup);
        return;
    }
    const QString name = lookup->pending.takeFirst();
    ScimQuery query;
    query.filter = ScimQuery::equals(QStringLiteral("userName"), name);
    query.count = 1;
    ScimUserPager *pager = m_scim->users(query, this);
    connect(pager, &ScimUserPager::usersReceived, this,
            [this, lookup, name, pager](const QList<ScimUser> &users, bool) {
                pager->deleteLater();
                if (users.isEmpty())
                    lookup->unknown.append(name);
                else
                    lookup->ids.append(users.first().id);
                lookUpNextMember(lookup);
            });
    connect(pager, &Pager::failed, this, [this, pager](const ApiError &error) {
        pager->deleteLater();
        showResult(tr("No member was added: the lookup failed. %1").arg(error.userMessage()), true);
    });
    pager->fetchNext();
}

void ScimGroupsView::addFoundMembers(const MemberLookup &lookup)
{
    const QString unknown = lookup.unknown.isEmpty()
                                ? QString()
                                : tr("No record has these user names: %1.")
                                      .arg(lookup.unknown.join(QStringLiteral(", ")));
    if (lookup.ids.isEmpty()) {
        showResult(unknown, true);
        return;
    }
    const int added = int(lookup.ids.size());
    m_scim->changeMembers(
        lookup.groupId, ScimService::MemberChange::Add, lookup.ids, this,
        [this, added, unknown](const ApiResult<ScimGroup> &result) {
            if (!result.ok()) {
                showResult(tr("No member was added. %1").arg(result.error.userMessage()), true);
                return;
            }
            m_model->updateGroup(result.value);
            showDetails(currentSourceRow());
            QString text = tr("Added %n member(s).", nullptr, added);
            if (!unknown.isEmpty())
                text += u' ' + unknown;
            showResult(text, !unknown.isEmpty());
        });
}

void ScimGroupsView::removePickedMembers()
{
    const int row = currentSourceRow();
    const QList<QListWidgetItem *> picked = m_members->selectedItems();
    if (!m_scim || row < 0 || picked.isEmpty())
        return;
    const ScimGroup group = m_model->groupAt(row);
    QStringList ids;
    QStringList names;
    for (const QListWidgetItem *item : picked) {
        ids.append(item->data(Qt::UserRole).toString());
        names.append(item->text());
    }
    ConfirmRequest request;
    request.action = tr("Remove members");
    request.question = tr("Remove %n member(s) from the group \u201c%1\u201d? They leave the "
                          "synced group in Groups too, until the identity provider pushes the "
                          "group again.",
                          nullptr, int(ids.size()))
                           .arg(group.displayName);
    request.names = names;
    request.count = int(ids.size());
    request.destructive = true;
    ConfirmDialog::ask(this, request, this, [this, group, ids](const ConfirmDialog::Answer &a) {
        if (!a.confirmed || !m_scim)
            return;
        m_scim->changeMembers(
            group.id, ScimService::MemberChange::Remove, ids, this,
            [this, ids](const ApiResult<ScimGroup> &result) {
                if (!result.ok()) {
                    showResult(tr("No member was removed. %1").arg(result.error.userMessage()),
                               true);
                    return;
                }
                m_model->updateGroup(result.value);
                showDetails(currentSourceRow());
                showResult(tr("Removed %n member(s).", nullptr, int(ids.size())), false);
            });
    });
}
