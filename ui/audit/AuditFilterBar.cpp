#include "AuditFilterBar.h"

#include "AuditEventsModel.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QInputDialog>
#include <QMap>
#include <QMenu>
#include <QMessageBox>

namespace {

// The most frequent values first, at most `limit`, then by text.
QList<AuditFilterBar::Choice> mostFrequent(const QMap<QString, QPair<QString, int>> &seen,
                                           int limit)
{
    QList<QPair<int, AuditFilterBar::Choice>> ranked;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        ranked.append({it.value().second, {it.key(), it.value().first}});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first
                                  : a.second.text.compare(b.second.text, Qt::CaseInsensitive) < 0;
    });
    QList<AuditFilterBar::Choice> choices;
    for (int i = 0; i < ranked.size() && i < limit; ++i)
        choices.append(ranked.at(i).second);
    return choices;
}

void count(QMap<QString, QPair<QString, int>> &seen, const QString &value, const QString &text)
{
    if (value.isEmpty())
        return;
    auto &entry = seen[value];
    entry.first = text;
    ++entry.second;
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget *parent) : FilterChipBar(parent)
{
    setObjectName(QStringLiteral("auditFilterBar"));
    connect(this, &FilterChipBar::clearClicked, this, [this] {
        AuditLogFilter cleared;
        cleared.text = m_filter.text; // the search field has its own clear button
        change(cleared);
    });
    connect(this, &FilterChipBar::chipRemoved, this, [this](const QString &key) {
        AuditLogFilter changed = m_filter;
        changed.remove(key);
        change(changed);
    });
}

void AuditFilterBar::setFilter(const AuditLogFilter &filter)
{
    m_filter = filter;
    QList<Chip> chips;
    for (const AuditLogFilter::Chip &chip : m_filter.chips())
        chips.append({chip.key, chip.text});
    setChips(chips);
}

void AuditFilterBar::change(const AuditLogFilter &filter)
{
    if (filter == m_filter)
        return;
    setFilter(filter);
    Q_EMIT filterChanged(m_filter);
}

void AuditFilterBar::learnChoices(const AuditEventsModel *model)
{
    QMap<QString, QPair<QString, int>> actors, targets, ips, countries;
    const int rows = qMin(model->loadedCount(), 5000);
    for (int row = 0; row < rows; ++row) {
        const AuditEvent event = model->eventAt(row);
        count(actors, event.actorId, AuditText::actor(event));
        for (const AuditEvent::Item &item : event.context)
            count(targets, item.id, AuditText::itemName(item));
        count(ips, event.ip, event.ip);
        count(countries, event.country, event.country);
    }
    m_actors = mostFrequent(actors, choicesInMenu);
    m_targets = mostFrequent(targets, choicesInMenu);
    m_ips = mostFrequent(ips, choicesInMenu);
    m_countries = mostFrequent(countries, choicesInMenu);
}

void AuditFilterBar::fillMenu()
{
    QMenu *menu = addMenu();
    addTimeMenu(menu->addMenu(tr("When")));
    addActionMenu(menu->addMenu(tr("Action")));

    auto toggle = [this](QMenu *into, const QString &text, bool checked, auto apply) {
        QAction *action = into->addAction(text);
        action->setCheckable(true);
        action->setChecked(checked);
        connect(action, &QAction::triggered, this, [this, apply] {
            AuditLogFilter changed = m_filter;
            apply(changed);
            change(changed);
        });
        return action;
    };
    auto namedMenu = [&](const QString &title, const QString &objectName,
                         const QList<Choice> &choices, QStringList AuditLogFilter::*ids,
                         QStringList AuditLogFilter::*names) {
        QMenu *sub = menu->addMenu(title);
        sub->setObjectName(objectName);
        sub->setEnabled(!choices.isEmpty());
        sub->setToolTip(tr("Those of the rows loaded; right-click a row for any other"));
        for (const Choice &choice : choices) {
            toggle(sub, choice.text, (m_filter.*ids).contains(choice.value),
                   [choice, ids, names](AuditLogFilter &f) {
                       const qsizetype at = (f.*ids).indexOf(choice.value);
                       if (at < 0) {
                           AuditLogFilter::addNamed(f.*ids, f.*names, choice.value, choice.text);
                           return;
                       }
                       (f.*ids).removeAt(at);
                       if (at < (f.*names).size())
                           (f.*names).removeAt(at);
                   });
        }
    };
    namedMenu(tr("By"), QStringLiteral("actorFilterMenu"), m_actors, &AuditLogFilter::actors,
              &AuditLogFilter::actorNames);
    namedMenu(tr("On"), QStringLiteral("targetFilterMenu"), m_targets, &AuditLogFilter::targets,
              &AuditLogFilter::targetNames);

    QMenu *products = menu->addMenu(tr("Product"));
    for (const char *value : {"jira", "confluence", "bitbucket", "guard_detect", "loom"}) {
        const QString product = QLatin1String(value);
        toggle(products, AuditText::productName(product), m_filter.products.contains(product),
               [product](AuditLogFilter &f) {
                   if (!f.products.removeOne(product))
                       f.products.append(product);
               });
    }

    QMenu *ips = menu->addMenu(tr("IP address"));
    ips->setObjectName(QStringLiteral("ipFilterMenu"));
    for (const Choice &ip : std::as_const(m_ips)) {
        toggle(ips, ip.text, m_filter.ips.contains(ip.value), [ip](AuditLogFilter &f) {
            if (!f.ips.removeOne(ip.value))
                f.ips.append(ip.value);
        });
    }
    if (!m_ips.isEmpty())
        ips->addSeparator();
    connect(ips->addAction(tr("Other address\u2026")), &QAction::triggered, this,
            &AuditFilterBar::askIp);

    QMenu *countries = menu->addMenu(tr("Country"));
    countries->setObjectName(QStringLiteral("countryFilterMenu"));
    countries->setEnabled(!m_countries.isEmpty());
    for (const Choice &country : std::as_const(m_countries)) {
        toggle(countries, country.text, m_filter.countries.contains(country.value),
               [country](AuditLogFilter &f) {
                   if (!f.countries.removeOne(country.value))
                       f.countries.append(country.value);
               });
    }
}

void AuditFilterBar::addTimeMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("timeFilterMenu"));
    using Period = AuditLogFilter::Period;
    for (Period period :
         {Period::Day, Period::Week, Period::Month, Period::HalfYear, Period::Everything}) {
        QAction *action = menu->addAction(AuditLogFilter::periodText(period));
        action->setCheckable(true);
        action->setChecked(m_filter.period == period);
        connect(action, &QAction::triggered, this, [this, period] {
            AuditLogFilter changed = m_filter;
            changed.period = period;
            changed.rangeFrom = changed.rangeTo = QDate();
            change(changed);
        });
    }
    menu->addSeparator();
    QAction *range = menu->addAction(tr("A range of days\u2026"));
    range->setCheckable(true);
    range->setChecked(m_filter.period == Period::Range);
    connect(range, &QAction::triggered, this, &AuditFilterBar::askRange);
}

void AuditFilterBar::addActionMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("actionFilterMenu"));
    menu->setEnabled(!m_actions.isEmpty());
    QMap<QString, QMenu *> groups;
    for (const EventAction &action : m_actions.all()) {
        const QString group = action.groupName.isEmpty() ? tr("Other") : action.groupName;
        QMenu *sub = groups.value(group);
        if (!sub) {
            sub = menu->addMenu(group);
            groups.insert(group, sub);
            QAction *whole = sub->addAction(tr("Any action of this kind"));
            whole->setCheckable(true);
            whole->setChecked(m_filter.actionGroups.contains(action.groupName));
            connect(whole, &QAction::triggered, this, [this, name = action.groupName] {
                AuditLogFilter changed = m_filter;
                if (!changed.actionGroups.removeOne(name))
                    changed.actionGroups.append(name);
                change(changed);
            });
            sub->addSeparator();
        }
        QAction *item =
            sub->addAction(action.displayName.isEmpty() ? action.id : action.displayName);
        item->setCheckable(true);
        item->setChecked(m_filter.actions.contains(action.id));
        item->setToolTip(action.id);
        connect(item, &QAction::triggered, this, [this, action] {
            AuditLogFilter changed = m_filter;
            const qsizetype at = changed.actions.indexOf(action.id);
            if (at >= 0) {
                changed.actions.removeAt(at);
                if (at < changed.actionNames.size())
                    changed.actionNames.removeAt(at);
            } else {
                AuditLogFilter::addNamed(changed.actions, changed.actionNames, action.id,
                                         action.displayName);
            }
            change(changed);
        });
    }
}

void AuditFilterBar::askRange()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("auditRangeDialog"));
    dialog->setWindowTitle(tr("A range of days"));
    const QDate today = QDate::currentDate();
    auto *from = new QDateEdit(
        m_filter.rangeFrom.isValid() ? m_filter.rangeFrom : today.addDays(-7), dialog);
    auto *to = new QDateEdit(m_filter.rangeTo.isValid() ? m_filter.rangeTo : today, dialog);
    for (QDateEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("From (inclusive)"), from);
    form->addRow(tr("To (inclusive)"), to);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, from, to] {
        if (from->date() > to->date()) {
            QMessageBox::information(dialog, tr("A range of days"),
                                     tr("The first day comes after the last one: swap them."));
            return;
        }
        AuditLogFilter changed = m_filter;
        changed.period = AuditLogFilter::Period::Range;
        changed.rangeFrom = from->date();
        changed.rangeTo = to->date();
        dialog->accept();
        change(changed);
    });
    dialog->open();
}

void AuditFilterBar::askIp()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("IP address"));
    dialog->setLabelText(tr("Events from this IP address (IPv4 or IPv6):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString address = text.trimmed();
        if (QHostAddress(address).isNull()) {
            QMessageBox::information(this, tr("IP address"),
                                     tr("\u201c%1\u201d is not an IP address, such as "
                                        "203.0.113.7 or 2001:db8::1.")
                                         .arg(address));
            return;
        }
        if (m_filter.ips.contains(address))
            return;
        AuditLogFilter changed = m_filter;
        changed.ips.append(address);
        change(changed);
    });
    dialog->open();
}
