#include "UserFilterBar.h"

#include "UserText.h"
#include "UsersModel.h"

#include <QInputDialog>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QToolButton>

UserFilterBar::UserFilterBar(QWidget *parent)
    : FilterChipBar(parent), m_menu(addMenu()), m_save(new QToolButton(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("userFilterBar"));
    connect(this, &FilterChipBar::clearClicked, this, [this] { change(UserFilter()); });
    connect(this, &FilterChipBar::chipRemoved, this, [this](const QString &key) {
        UserFilter changed = m_filter;
        changed.remove(key);
        change(changed);
    });
    m_save->setObjectName(QStringLiteral("saveView"));
    m_save->setText(tr("Save view\u2026"));
    m_save->setAutoRaise(true);
    m_save->setToolTip(tr("Keep these filters as a named view in the sidebar"));
    connect(m_save, &QToolButton::clicked, this, &UserFilterBar::saveViewRequested);
    addWidgetAfterClear(m_save);
    m_hint->setObjectName(QStringLiteral("filterHint"));
    m_hint->setEnabled(false);
    m_hint->setText(tr("Last-active dates may lag up to 24 hours."));
    addWidgetAtEnd(m_hint);
    rebuildChips();
}

void UserFilterBar::setFilter(const UserFilter &filter)
{
    m_filter = filter;
    rebuildChips();
}

void UserFilterBar::change(const UserFilter &filter)
{
    if (filter == m_filter)
        return;
    setFilter(filter);
    Q_EMIT filterChanged(m_filter);
}

void UserFilterBar::learnChoices(const UsersModel *model)
{
    QMap<QString, QStringList> products;
    QMap<QString, int> domains;
    const int rows = qMin(model->loadedCount(), 5000);
    for (int row = 0; row < rows; ++row) {
        const DirectoryUser user = model->userAt(row);
        for (const ProductAccess &access : user.productAccess) {
            QStringList &ids = products[access.key];
            if (!ids.contains(access.id))
                ids.append(access.id);
        }
        const QString domain = user.email.mid(user.email.lastIndexOf(u'@') + 1).toLower();
        if (!domain.isEmpty())
            ++domains[domain];
    }
    m_products.clear();
    for (auto it = products.cbegin(); it != products.cend(); ++it)
        m_products.append({it.key(), UserText::productName(it.key()), it.value()});
    m_domains.clear();
    for (auto it = domains.cbegin(); it != domains.cend(); ++it)
        m_domains.append({it.key(), it.key(), {}});
}

void UserFilterBar::rebuildChips()
{
    QList<Chip> chips;
    for (const UserFilter::Chip &chip : m_filter.chips())
        chips.append({chip.key, chip.text});
    setChips(chips);
    m_hint->setVisible(m_filter.hasLocalPart());
}

void UserFilterBar::fillMenu()
{
    auto toggle = [this](QMenu *menu, const QString &text, bool checked, auto apply) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(checked);
        connect(action, &QAction::triggered, this, [this, apply] {
            UserFilter changed = m_filter;
            apply(changed);
            change(changed);
        });
        return action;
    };

    QMenu *account = m_menu->addMenu(tr("Account status"));
    for (const char *value : {"active", "inactive", "closed"}) {
        const QString status = QLatin1String(value);
        toggle(account, UserText::accountStatus(status), m_filter.accountStatuses.contains(status),
               [status](UserFilter &f) {
                   if (!f.accountStatuses.removeOne(status))
                       f.accountStatuses.append(status);
               });
    }

    QMenu *products = m_menu->addMenu(tr("Product"));
    products->setEnabled(!m_products.isEmpty());
    for (const Choice &product : std::as_const(m_products)) {
        toggle(products, product.text, m_filter.productKeys.contains(product.value),
               [product](UserFilter &f) {
                   if (f.productKeys.removeOne(product.value)) {
                       for (const QString &id : product.ids)
                           f.resourceIds.removeOne(id);
                   } else {
                       f.productKeys.append(product.value);
                       f.resourceIds += product.ids;
                   }
               });
    }

    QMenu *inactive = m_menu->addMenu(tr("Last active"));
    for (int days : {30, 60, 90, 180, 365}) {
        toggle(inactive, tr("More than %n day(s) ago, or never", nullptr, days),
               m_filter.inactiveDays == days,
               [days](UserFilter &f) { f.inactiveDays = f.inactiveDays == days ? 0 : days; });
    }
    inactive->addSeparator();
    connect(inactive->addAction(tr("Other number of days\u2026")), &QAction::triggered, this,
            &UserFilterBar::askInactiveDays);
    toggle(m_menu, tr("Never active"), m_filter.neverActive,
           [](UserFilter &f) { f.neverActive = !f.neverActive; });
    toggle(m_menu, tr("Two-step verification off"), m_filter.mfaOff,
           [](UserFilter &f) { f.mfaOff = !f.mfaOff; });

    QMenu *domains = m_menu->addMenu(tr("E-mail domain"));
    for (const Choice &domain : std::as_const(m_domains)) {
        toggle(domains, domain.text, m_filter.emailDomains.contains(domain.value),
               [value = domain.value](UserFilter &f) {
                   if (!f.emailDomains.removeOne(value))
                       f.emailDomains.append(value);
               });
    }
    domains->addSeparator();
    connect(domains->addAction(tr("Other domain\u2026")), &QAction::triggered, this,
            &UserFilterBar::askDomain);

    QMenu *groups = m_menu->addMenu(tr("Group"));
    groups->setObjectName(QStringLiteral("groupFilterMenu"));
    groups->setEnabled(!m_groups.isEmpty());
    // Many groups: the chosen ones and the first few by name here, the rest through a search.
    const bool many = m_groups.size() > groupsInMenu;
    int listed = 0;
    for (const Choice &group : std::as_const(m_groups)) {
        const bool chosen = m_filter.groupIds.contains(group.value);
        if (many && !chosen && listed >= groupsInMenu)
            continue;
        ++listed;
        toggle(groups, group.text, chosen, [group](UserFilter &f) {
            const qsizetype at = f.groupIds.indexOf(group.value);
            if (at >= 0) {
                f.groupIds.removeAt(at);
                if (at < f.groupNames.size())
                    f.groupNames.removeAt(at);
            } else {
                f.groupIds.append(group.value);
                f.groupNames.append(group.text);
            }
        });
    }
    if (many) {
        groups->addSeparator();
        QAction *find =
            groups->addAction(tr("Find a group (%n in all)\u2026", nullptr, int(m_groups.size())));
        find->setObjectName(QStringLiteral("findGroup"));
        connect(find, &QAction::triggered, this, &UserFilterBar::askGroup);
    }

    QMenu *claim = m_menu->addMenu(tr("Claim status"));
    for (const char *value : {"managed", "unmanaged"}) {
        const QString status = QLatin1String(value);
        toggle(claim, UserText::claimStatus(status), m_filter.claimStatus == status,
               [status](UserFilter &f) {
                   f.claimStatus = f.claimStatus == status ? QString() : status;
               });
    }
}

void UserFilterBar::askInactiveDays()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Last active"));
    dialog->setLabelText(tr("People not active for more than this many days (or never):"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, 3650);
    dialog->setIntValue(m_filter.inactiveDays > 0 ? m_filter.inactiveDays : 90);
    connect(dialog, &QInputDialog::intValueSelected, this, [this](int days) {
        UserFilter changed = m_filter;
        changed.inactiveDays = days;
        change(changed);
    });
    dialog->open();
}

void UserFilterBar::askGroup()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("findGroupDialog"));
    dialog->setWindowTitle(tr("Group"));
    dialog->setLabelText(tr("People in this group (type part of its name):"));
    QStringList names;
    for (const Choice &group : std::as_const(m_groups))
        names.append(group.text);
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(true);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &text) { addGroupByName(text); });
    dialog->open();
}

bool UserFilterBar::addGroupByName(const QString &name)
{
    for (const Choice &group : std::as_const(m_groups)) {
        if (group.text.compare(name.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        if (m_filter.groupIds.contains(group.value))
            return true;
        UserFilter changed = m_filter;
        changed.groupIds.append(group.value);
        changed.groupNames.append(group.text);
        change(changed);
        return true;
    }
    return false;
}

void UserFilterBar::askDomain()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("E-mail domain"));
    dialog->setLabelText(tr("People whose e-mail address is on this domain:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        QString domain = text.trimmed().toLower();
        if (domain.startsWith(u'@'))
            domain.remove(0, 1);
        if (domain.isEmpty() || m_filter.emailDomains.contains(domain))
            return;
        UserFilter changed = m_filter;
        changed.emailDomains.append(domain);
        change(changed);
    });
    dialog->open();
}
