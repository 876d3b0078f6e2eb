#include "OverviewFigure.h"

namespace Overview {

QList<Tile> tiles()
{
    return {Tile::People, Tile::Directories, Tile::TwoStepOff, Tile::InactivePeople,
            Tile::Groups, Tile::Domains,     Tile::ApiKeys,    Tile::OwnKey,
            Tile::Tokens, Tile::Policies,    Tile::AuditLog};
}

QString key(Tile tile)
{
    switch (tile) {
    case Tile::People:
        return QStringLiteral("people");
    case Tile::Directories:
        return QStringLiteral("directories");
    case Tile::TwoStepOff:
        return QStringLiteral("twoStepOff");
    case Tile::InactivePeople:
        return QStringLiteral("inactivePeople");
    case Tile::Groups:
        return QStringLiteral("groups");
    case Tile::Domains:
        return QStringLiteral("domains");
    case Tile::ApiKeys:
        return QStringLiteral("apiKeys");
    case Tile::OwnKey:
        return QStringLiteral("ownKey");
    case Tile::Tokens:
        return QStringLiteral("tokens");
    case Tile::Policies:
        return QStringLiteral("policies");
    case Tile::AuditLog:
        return QStringLiteral("auditLog");
    }
    return QString();
}

bool isLocal(Tile tile)
{
    return tile == Tile::AuditLog;
}

} // namespace Overview

qint64 OverviewFigure::part(const QString &key) const
{
    for (const Part &p : parts) {
        if (p.key == key)
            return p.count;
    }
    return 0;
}
