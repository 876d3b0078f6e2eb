// The Overview's audit log tile (OverviewFigures, continued): read from the local archive only,
// so it costs no call and shows what the last sync brought.
#include "AuditArchive.h"
#include "OrgDatabase.h"
#include "OverviewFigures.h"

#include <QFile>

using Overview::Tile;

namespace {

// One kind of notable event: these actions, and (when not empty) naming one of these targets.
struct NotableKind
{
    QString key;
    QStringList actions;
    QStringList targets;
};

// Org admin granted: a role granted to a person (or a group) whose context names the org-admin
// role, as the events API records the role it granted. Policies changed: the policy actions
// known, and any other policy_* action the archive's catalogue lists.
QList<NotableKind> notableKinds(const QList<EventAction> &catalogue)
{
    QStringList policies{
        QStringLiteral("policy_created"),          QStringLiteral("policy_updated"),
        QStringLiteral("policy_deleted"),          QStringLiteral("policy_resource_added"),
        QStringLiteral("policy_resource_updated"), QStringLiteral("policy_resource_removed"),
        QStringLiteral("auth_policy_users_added")};
    for (const EventAction &action : catalogue) {
        if (action.id.startsWith(QLatin1String("policy_")) && !policies.contains(action.id))
            policies.append(action.id);
    }
    return {{QStringLiteral("orgAdmins"),
             {QStringLiteral("user_role_granted"), QStringLiteral("group_role_granted")},
             {QStringLiteral("atlassian/org-admin")}},
            {QStringLiteral("apiKeys"),
             {QStringLiteral("api_key_created"), QStringLiteral("api_key_revoked")},
             {}},
            {QStringLiteral("policies"), policies, {}}};
}

} // namespace

void OverviewFigures::loadAuditLog()
{
    OverviewFigure figure;
    figure.state = OverviewFigure::State::Ready;
    figure.value = -1; // never synced, until the archive says otherwise
    // Opening would create the file: an organization never synced has none.
    if (!QFile::exists(OrgDatabase::filePathFor(m_orgId, m_databaseFolder)))
        return set(Tile::AuditLog, figure);
    const OrgDatabase database(m_orgId, m_databaseFolder);
    const AuditArchive archive(database.database());
    if (!archive.isOpen()) {
        const QString reason = database.isOpen() ? archive.lastError() : database.lastError();
        return fail(Tile::AuditLog,
                    ApiError::local(tr("Could not open the audit log archive: %1").arg(reason)));
    }
    figure.timeMs = archive.lastSyncedMs();
    if (figure.timeMs <= 0)
        return set(Tile::AuditLog, figure);

    const QList<EventAction> catalogue = archive.actions();
    AuditFilter filter;
    filter.fromMs = m_clock().addDays(-Overview::auditDays).toMSecsSinceEpoch();
    figure.value = 0;
    for (const NotableKind &kind : notableKinds(catalogue)) {
        filter.actions = kind.actions;
        filter.targets = kind.targets;
        const qint64 count = archive.count(filter);
        if (!archive.lastError().isEmpty())
            return fail(Tile::AuditLog, ApiError::local(tr("Could not read the audit log "
                                                           "archive: %1")
                                                            .arg(archive.lastError())));
        figure.value += count;
        figure.parts.append({kind.key, QString(), count});
        for (const QString &action : kind.actions) {
            if (figure.actions.contains(action))
                continue;
            const auto known =
                std::find_if(catalogue.cbegin(), catalogue.cend(),
                             [&](const EventAction &entry) { return entry.id == action; });
            figure.actions.append(action);
            figure.actionNames.append(known == catalogue.cend() ? QString() : known->displayName);
        }
    }
    set(Tile::AuditLog, figure);
}
