#include "OverviewText.h"

#include "AccessRisk.h"

#include <QDateTime>
#include <QLocale>

using Overview::Tile;

namespace {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString joined(const QStringList &items)
{
    return items.join(QStringLiteral(" \u00b7 "));
}

} // namespace

QString OverviewText::title(Tile tile)
{
    switch (tile) {
    case Tile::People:
        return tr("People");
    case Tile::Directories:
        return tr("Directories");
    case Tile::TwoStepOff:
        return tr("Two-step verification off");
    case Tile::InactivePeople:
        return tr("Inactive people");
    case Tile::Groups:
        return tr("Groups");
    case Tile::Domains:
        return tr("Domains needing attention");
    case Tile::ApiKeys:
        return tr("Admin API keys needing attention");
    case Tile::OwnKey:
        return tr("Orgdesk's key");
    case Tile::Tokens:
        return tr("User API tokens at risk");
    case Tile::Policies:
        return tr("Policies not applied");
    case Tile::AuditLog:
        return tr("Audit log: the last %n days", nullptr, Overview::auditDays);
    }
    return QString();
}

QString OverviewText::value(const OverviewFigure &figure)
{
    if (!figure.isReady() || figure.value < 0)
        return QStringLiteral("\u2013");
    return number(figure.value);
}

QString OverviewText::partName(Tile tile, const OverviewFigure::Part &part)
{
    if (!part.label.isEmpty())
        return part.label;
    const QString &key = part.key;
    switch (tile) {
    case Tile::People:
        if (key == QLatin1String("active"))
            return tr("active");
        if (key == QLatin1String("inactive"))
            return tr("deactivated");
        if (key == QLatin1String("closed"))
            return tr("closed");
        break;
    case Tile::Groups:
        if (key == QLatin1String("managed"))
            return tr("managed here");
        if (key == QLatin1String("synced"))
            return tr("synced from an identity provider");
        break;
    case Tile::Domains:
        if (key == QLatin1String("unverified"))
            return tr("unverified");
        if (key == QLatin1String("missing_token"))
            return tr("verification token missing");
        if (key == QLatin1String("superseded"))
            return tr("claimed by another organization");
        if (key == QLatin1String("deleted"))
            return tr("deleted");
        break;
    case Tile::ApiKeys:
        if (key == QLatin1String("expiring"))
            return tr("expiring within %n days", nullptr, AccessRisk::soonDays);
        if (key == QLatin1String("never"))
            return tr("never used");
        if (key == QLatin1String("fullAccess"))
            return tr("without scopes");
        break;
    case Tile::Tokens:
        if (key == QLatin1String("unused"))
            return tr("unused for %n days", nullptr, Overview::inactiveDays);
        if (key == QLatin1String("expiring"))
            return tr("expiring within %n days", nullptr, AccessRisk::verySoonDays);
        if (key == QLatin1String("ownerInactive"))
            return tr("person suspended or deactivated");
        break;
    case Tile::Policies:
        if (key == QLatin1String("failed"))
            return tr("resources failed");
        if (key == QLatin1String("applying"))
            return tr("resources still applying");
        break;
    case Tile::AuditLog:
        if (key == QLatin1String("orgAdmins"))
            return tr("org admin grants");
        if (key == QLatin1String("apiKeys"))
            return tr("admin API keys created or revoked");
        if (key == QLatin1String("policies"))
            return tr("policy changes");
        break;
    default:
        break;
    }
    return key;
}

QString OverviewText::summary(Tile tile, const OverviewFigure &figure)
{
    QStringList parts;
    for (const OverviewFigure::Part &part : figure.parts) {
        if (part.count > 0 || tile == Tile::Directories || tile == Tile::Groups)
            parts.append(tr("%1 %2").arg(number(part.count), partName(tile, part)));
    }
    switch (tile) {
    case Tile::People:
        return parts.isEmpty() ? tr("No people in the organization") : joined(parts);
    case Tile::Directories:
        return parts.isEmpty() ? tr("No directories") : joined(parts);
    case Tile::TwoStepOff:
        return tr("managed accounts without two-step verification");
    case Tile::InactivePeople:
        return tr("not active for %n days, or never", nullptr, Overview::inactiveDays);
    case Tile::OwnKey:
        if (figure.itemId.isEmpty())
            return tr("The profile does not name the key's label");
        if (figure.value < 0)
            return tr("\u201c%1\u201d is not among the organization's keys").arg(figure.itemId);
        return tr("days left on \u201c%1\u201d").arg(figure.itemId);
    case Tile::AuditLog: {
        if (figure.timeMs <= 0)
            return tr("Not synced yet: open the Audit log to sync it");
        const QString synced =
            tr("Synced %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(figure.timeMs),
                                        QLocale::ShortFormat));
        if (parts.isEmpty())
            return joined({synced, tr("nothing notable")});
        parts.prepend(synced);
        return joined(parts);
    }
    case Tile::Groups:
    case Tile::Domains:
    case Tile::ApiKeys:
    case Tile::Tokens:
    case Tile::Policies:
        return parts.isEmpty() ? tr("Nothing needs attention") : joined(parts);
    }
    return joined(parts);
}

QString OverviewText::loading(Tile tile, const OverviewFigure &figure)
{
    if (figure.partsPending) // tokens: the server's count is in, the lists are not
        return tr("%1; checking the rest\u2026").arg(summary(tile, figure));
    if (figure.rowsRead > 0)
        return tr("Counting\u2026 %n people read so far", nullptr, int(figure.rowsRead));
    return tr("Loading\u2026");
}

QString OverviewText::whatTheTileReads(Tile tile)
{
    switch (tile) {
    case Tile::People:
    case Tile::TwoStepOff:
    case Tile::InactivePeople:
        return tr("the organization's people");
    case Tile::Directories:
        return tr("the directories");
    case Tile::Groups:
        return tr("the groups");
    case Tile::Domains:
        return tr("the domains");
    case Tile::ApiKeys:
    case Tile::OwnKey:
        return tr("the admin API keys");
    case Tile::Tokens:
        return tr("the users' API tokens");
    case Tile::Policies:
        return tr("the policies");
    case Tile::AuditLog:
        return tr("the audit log archive");
    }
    return QString();
}

QString OverviewText::failure(Tile tile, const OverviewFigure &figure)
{
    if (figure.isRefused())
        return tr("This key cannot read %1.").arg(whatTheTileReads(tile));
    return figure.error.userMessage();
}

QString OverviewText::line(Tile tile, const OverviewFigure &figure)
{
    switch (figure.state) {
    case OverviewFigure::State::Loading:
        return loading(tile, figure);
    case OverviewFigure::State::Failed:
        return failure(tile, figure);
    case OverviewFigure::State::Ready:
        break;
    }
    return summary(tile, figure);
}
