#include "UserActions.h"

#include "ApiClient.h"
#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "EditProfileDialog.h"
#include "EmailDialog.h"
#include "Icons.h"
#include "JobLauncher.h"
#include "PersonTokensDialog.h"
#include "UserOperations.h"

#include <QAction>
#include <QIcon>
#include <QMap>
#include <QMenu>
#include <QWidget>

namespace {

// The desktop theme's icon where it has one; no icon otherwise.
QIcon themed(const char *name)
{
    return QIcon::fromTheme(QLatin1String(name));
}

} // namespace

UserActions::UserActions(Connection *connection, QWidget *area)
    : QObject(area), m_connection(connection), m_area(area), m_launcher(new JobLauncher(area))
{
    using namespace UserOperations;
    addAction(suspend(), tr("&Suspend access\u2026"), Icons::action(Icons::Action::Suspend));
    addAction(restore(), tr("&Restore access\u2026"), Icons::action(Icons::Action::Restore));
    addAction(remove(), tr("Re&move from directory\u2026"), Icons::action(Icons::Action::Remove));
    addAction(deactivate(), tr("&Deactivate account\u2026"), themed("system-lock-screen"));
    addAction(enable(), tr("Re-&enable account\u2026"), themed("system-run"));
    addAction(deleteAccount(), tr("De&lete account\u2026"), themed("edit-delete"));
    addAction(cancelDelete(), tr("&Cancel deletion\u2026"), themed("edit-undo"));
    addAction(QStringLiteral("email"), tr("Change e-&mail\u2026"), themed("mail-send"));
    addAction(QStringLiteral("profile"), tr("Edit &profile\u2026"), themed("document-edit"));
    addAction(QStringLiteral("tokens"), tr("API &tokens\u2026"), themed("dialog-password"));
    for (const QString &key : all()) {
        connect(m_actions.value(key), &QAction::triggered, this, [this, key] { run(key); });
    }
    connect(m_actions.value(QStringLiteral("email")), &QAction::triggered, this,
            &UserActions::changeEmail);
    connect(m_actions.value(QStringLiteral("profile")), &QAction::triggered, this,
            &UserActions::editProfile);
    connect(m_actions.value(QStringLiteral("tokens")), &QAction::triggered, this,
            &UserActions::showTokens);
    connect(m_launcher, &JobLauncher::jobFinished, this, &UserActions::changed);
    update();
}

QAction *UserActions::addAction(const QString &key, const QString &text, const QIcon &icon)
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(QStringLiteral("action_") + key);
    m_actions.insert(key, action);
    return action;
}

QList<QAction *> UserActions::verbActions() const
{
    QList<QAction *> actions;
    for (const QString &key : UserOperations::all())
        actions.append(m_actions.value(key));
    return actions;
}

void UserActions::addTo(QMenu *menu) const
{
    using namespace UserOperations;
    menu->addAction(m_actions.value(suspend()));
    menu->addAction(m_actions.value(restore()));
    menu->addAction(m_actions.value(remove()));
    menu->addSeparator();
    menu->addAction(m_actions.value(deactivate()));
    menu->addAction(m_actions.value(enable()));
    menu->addAction(m_actions.value(deleteAccount()));
    menu->addAction(m_actions.value(cancelDelete()));
    menu->addSeparator();
    menu->addAction(m_actions.value(QStringLiteral("email")));
    menu->addAction(m_actions.value(QStringLiteral("profile")));
    menu->addAction(m_actions.value(QStringLiteral("tokens")));
}

void UserActions::setSelection(const QList<DirectoryUser> &people)
{
    m_people = people;
    update();
}

void UserActions::update()
{
    for (const QString &key : UserOperations::all()) {
        int eligible = 0;
        QMap<QString, int> reasons;
        for (const DirectoryUser &person : std::as_const(m_people)) {
            const auto verdict =
                UserOperations::eligibility(key, person.status, person.claimStatus);
            if (verdict.eligible())
                ++eligible;
            else
                ++reasons[verdict.reason];
        }
        QAction *action = m_actions.value(key);
        action->setEnabled(eligible > 0 && m_connection);
        QStringList why;
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            why.append(tr("%1: %2").arg(it.key()).arg(it.value()));
        action->setToolTip(
            m_people.isEmpty()
                ? tr("Select people first")
                : tr("Applies to %1 of the %2 selected").arg(eligible).arg(m_people.size()) +
                      (why.isEmpty() ? QString() : QStringLiteral("\n") + why.join(u'\n')));
    }
    const bool one = m_people.size() == 1 && m_connection;
    const bool managed = one && m_people.first().claimStatus == QLatin1String("managed");
    m_actions.value(QStringLiteral("email"))->setEnabled(managed);
    m_actions.value(QStringLiteral("profile"))->setEnabled(managed);
    m_actions.value(QStringLiteral("tokens"))->setEnabled(managed);
}

QString UserActions::question(const QString &key, int count) const
{
    using namespace UserOperations;
    if (key == suspend())
        return tr("Suspend access for %n person(s)?", nullptr, count);
    if (key == restore())
        return tr("Restore access for %n person(s)?", nullptr, count);
    if (key == remove())
        return tr("Remove %n person(s) from the directory? Their groups and product access go "
                  "with it; to undo, they must be invited again.",
                  nullptr, count);
    if (key == deactivate())
        return tr("Deactivate %n account(s)? They can no longer log in to any Atlassian "
                  "product.",
                  nullptr, count);
    if (key == enable())
        return tr("Re-enable %n account(s)?", nullptr, count);
    if (key == deleteAccount())
        return tr("Delete %n account(s)? They are deactivated now and deleted for good after 14 "
                  "days, unless the deletion is cancelled.",
                  nullptr, count);
    return tr("Cancel the deletion of %n account(s)? They become active again.", nullptr, count);
}

void UserActions::run(const QString &key)
{
    const BulkOperation *operation = BulkOperationRegistry::find(key);
    if (!operation || !m_connection)
        return;
    QStringList names;
    QMap<QString, int> skipped;
    for (const DirectoryUser &person : std::as_const(m_people)) {
        const auto verdict = UserOperations::eligibility(key, person.status, person.claimStatus);
        if (verdict.eligible())
            names.append(person.name.isEmpty() ? person.email : person.name);
        else
            ++skipped[verdict.reason];
    }
    if (names.isEmpty())
        return;
    ConfirmRequest request;
    request.action = operation->title();
    request.question = question(key, int(names.size()));
    request.names = names;
    request.count = int(names.size());
    QStringList details;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        details.append(tr("%n skipped: %1.", nullptr, it.value()).arg(it.key()));
    request.details = details.join(u' ');
    request.irreversible = UserOperations::isIrreversible(key);
    if (request.irreversible && names.size() == 1)
        request.typeToConfirm = key == UserOperations::remove() ? tr("remove") : tr("delete");
    request.destructive = key != UserOperations::restore() && key != UserOperations::enable() &&
                          key != UserOperations::cancelDelete();
    request.reason = ConfirmRequest::Reason::Optional;
    if (key == UserOperations::deactivate())
        request.reasonNote = tr("The reason is also shown to the person as the deactivation "
                                "message.");
    ConfirmDialog::ask(m_area, request, this, [this, key](const ConfirmDialog::Answer &answer) {
        if (answer.confirmed)
            start(key, answer.reason);
    });
}

void UserActions::start(const QString &key, const QString &reason)
{
    if (!m_connection)
        return;
    const QList<JobItem> items = UserOperations::itemsFor(key, m_people);
    int eligible = 0;
    for (const JobItem &item : items)
        eligible += item.state == JobItem::State::Pending ? 1 : 0;
    JobSpec spec;
    spec.operation = key;
    spec.title =
        tr("%1: %n person(s)", nullptr, eligible).arg(BulkOperationRegistry::find(key)->title());
    spec.orgId = m_connection->orgId();
    spec.connection = m_connection->displayName();
    spec.reason = reason;
    spec.params.insert(QStringLiteral("directoryId"), m_directoryId);
    if (key == UserOperations::deactivate() && !reason.isEmpty())
        spec.params.insert(QStringLiteral("message"), reason);
    if (BulkJob *job = m_launcher->start(m_connection->client(), spec, items))
        Q_EMIT jobStarted(job);
}

void UserActions::editProfile()
{
    if (m_people.size() != 1 || !m_connection)
        return;
    auto *dialog = new EditProfileDialog(m_connection->client(), m_people.first(), m_area);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &UserActions::changed);
    dialog->open();
}

void UserActions::changeEmail()
{
    if (m_people.size() != 1 || !m_connection)
        return;
    auto *dialog = new EmailDialog(m_connection->client(), m_people.first(), m_area);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &UserActions::changed);
    dialog->open();
}

void UserActions::showTokens()
{
    if (m_people.size() != 1 || !m_connection)
        return;
    auto *dialog = new PersonTokensDialog(m_connection, m_people.first(), m_launcher, m_area);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
