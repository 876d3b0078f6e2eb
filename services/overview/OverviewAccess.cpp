// The Overview's admin API key and user API token tiles (OverviewFigures, continued).
#include "AccessRisk.h"
#include "OverviewFigures.h"
#include "PageWalk.h"

#include <QSet>

using Overview::Tile;

// The tokens' figure comes from three calls: the unused ones counted by the server, and the
// live tokens and the inactive people listed, for what the server cannot filter on (expiry,
// the owner's status). Each part shows as soon as it is in.
struct TokenWalk
{
    std::optional<qint64> unused; // from the counts
    QList<ApiToken> tokens;
    QSet<QString> inactivePeople;
    int listsPending = 2;
    std::optional<OverviewFigure>
        listed; // value, expiring and ownerInactive, once both lists are in
    bool failed = false;

    OverviewFigure figure() const
    {
        OverviewFigure figure = listed.value_or(OverviewFigure());
        if (unused)
            figure.parts.prepend({QStringLiteral("unused"), QString(), *unused});
        const bool done = unused && listed;
        figure.state = done ? OverviewFigure::State::Ready : OverviewFigure::State::Loading;
        figure.partsPending = !done && (unused || listed);
        return figure;
    }
};

void OverviewFigures::loadKeys(QObject *context)
{
    const QDateTime now = m_clock();
    const QString ownLabel = m_keyLabel.trimmed();
    auto keys = std::make_shared<QList<ApiKey>>();
    walkPages(
        m_access.keys({}), context,
        [keys](const QJsonArray &items) { keys->append(ApiKey::listFromJson(items)); },
        [this, keys, now, ownLabel](const ApiError &error) {
            if (error.isError()) {
                fail(Tile::ApiKeys, error);
                return fail(Tile::OwnKey, error);
            }
            OverviewFigure attention;
            attention.state = OverviewFigure::State::Ready;
            attention.parts = {{QStringLiteral("expiring"), QString(), 0},
                               {QStringLiteral("never"), QString(), 0},
                               {QStringLiteral("fullAccess"), QString(), 0}};
            OverviewFigure own;
            own.state = OverviewFigure::State::Ready;
            own.value = -1;
            own.itemId = ownLabel;
            for (const ApiKey &key : std::as_const(*keys)) {
                // The same match as the API keys area's: by label, among keys not revoked.
                if (!ownLabel.isEmpty() && !key.isRevoked() &&
                    key.label.trimmed().compare(ownLabel, Qt::CaseInsensitive) == 0)
                    own.value = qMax<qint64>(0, AccessRisk::daysUntil(key.expiresAt, now));
                if (key.status(now) != ApiKey::Status::Active)
                    continue; // a revoked or expired key opens nothing
                const bool expiring =
                    AccessRisk::expiresWithin(AccessRisk::soonDays, key.expiresAt, now);
                const bool never = !key.lastActiveAt.isValid();
                const bool fullAccess = !key.hasScopes();
                attention.parts[0].count += expiring;
                attention.parts[1].count += never;
                attention.parts[2].count += fullAccess;
                attention.value += expiring || never || fullAccess;
            }
            set(Tile::ApiKeys, attention);
            set(Tile::OwnKey, own);
        });
}

void OverviewFigures::loadTokens(QObject *context)
{
    const QDateTime now = m_clock();
    auto walk = std::make_shared<TokenWalk>();
    countUnusedTokens(context, now, walk);
    listTokensAtRisk(context, now, walk);
}

void OverviewFigures::failTokens(const std::shared_ptr<TokenWalk> &walk, const ApiError &error)
{
    if (walk->failed)
        return;
    walk->failed = true;
    fail(Tile::Tokens, error);
}

// Unused for 90 days, as the server counts it: live tokens made 90 days ago or more, less those
// of them used within the last 90 days (a never-used token has no last activity to match).
void OverviewFigures::countUnusedTokens(QObject *context, const QDateTime &now,
                                        const std::shared_ptr<TokenWalk> &walk)
{
    ApiTokenQuery old;
    old.status = QStringLiteral("ALLOWED");
    old.createdAt.to = now.addDays(-Overview::inactiveDays);
    ApiTokenQuery usedLately = old;
    usedLately.lastActiveAt.from = now.addDays(-Overview::inactiveDays);
    m_access.countTokens(
        old, context, [this, context, usedLately, walk](const ApiResult<int> &all) {
            if (!all.ok())
                return failTokens(walk, all.error);
            const int oldTokens = all.value;
            m_access.countTokens(usedLately, context,
                                 [this, oldTokens, walk](const ApiResult<int> &used) {
                                     if (!used.ok())
                                         return failTokens(walk, used.error);
                                     if (walk->failed)
                                         return;
                                     walk->unused = oldTokens - used.value;
                                     set(Tile::Tokens, walk->figure());
                                 });
        });
}

void OverviewFigures::listTokensAtRisk(QObject *context, const QDateTime &now,
                                       const std::shared_ptr<TokenWalk> &walk)
{
    auto listed = [this, walk, now](const ApiError &error) {
        if (error.isError())
            return failTokens(walk, error);
        if (walk->failed || --walk->listsPending > 0)
            return;
        OverviewFigure figure;
        qint64 expiring = 0;
        qint64 ownerInactive = 0;
        for (const ApiToken &token : std::as_const(walk->tokens)) {
            if (AccessRisk::isExpired(token.expiresAt, now))
                continue; // it opens nothing any more
            const bool soon =
                AccessRisk::expiresWithin(AccessRisk::verySoonDays, token.expiresAt, now);
            const bool unused = AccessRisk::unusedFor(Overview::inactiveDays, token.lastActiveAt,
                                                      token.createdAt, now);
            const bool ownerGone = walk->inactivePeople.contains(token.owner.accountId);
            expiring += soon;
            ownerInactive += ownerGone;
            figure.value += soon || unused || ownerGone;
        }
        figure.parts = {{QStringLiteral("expiring"), QString(), expiring},
                        {QStringLiteral("ownerInactive"), QString(), ownerInactive}};
        figure.rowsRead = walk->tokens.size();
        walk->listed = figure;
        set(Tile::Tokens, walk->figure());
    };

    ApiTokenQuery live;
    live.status = QStringLiteral("ALLOWED");
    walkPages(
        m_access.tokens(live), context,
        [walk](const QJsonArray &items) { walk->tokens.append(ApiToken::listFromJson(items)); },
        listed);

    UserQuery inactive;
    inactive.statuses = {QStringLiteral("suspended"), QStringLiteral("deactivated"),
                         QStringLiteral("for_deletion")};
    inactive.expand.clear();
    walkPages(
        m_users.search(inactive), context,
        [walk](const QJsonArray &items) {
            for (const DirectoryUser &user : DirectoryUser::listFromJson(items))
                walk->inactivePeople.insert(user.accountId);
        },
        listed);
}
