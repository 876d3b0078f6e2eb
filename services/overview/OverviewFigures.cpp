#include "OverviewFigures.h"

#include "PageWalk.h"

using Overview::Tile;

OverviewFigures::OverviewFigures(ApiClient *client, const QString &orgId, QObject *parent)
    : QObject(parent), m_client(client), m_orgId(orgId), m_orgs(client, orgId),
      m_users(client, orgId), m_groups(client, orgId), m_domains(client, orgId),
      m_policies(client, orgId), m_access(client, orgId),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    for (Tile tile : Overview::tiles())
        m_figures.insert(tile, {});
}

void OverviewFigures::load()
{
    QObject *context = m_request.renew();
    for (Tile tile : Overview::tiles())
        set(tile, {});
    loadPeople(context);
    loadDirectories(context);
    loadTwoStepOff(context);
    loadGroups(context);
    loadDomains(context);
    loadKeys(context);
    loadPolicies(context);
    loadTokens(context);
    loadInactivePeople(context); // the longest: every person, page by page
    loadAuditLog();
}

bool OverviewFigures::isFinished() const
{
    return std::none_of(m_figures.cbegin(), m_figures.cend(),
                        [](const OverviewFigure &figure) { return figure.isLoading(); });
}

void OverviewFigures::set(Tile tile, const OverviewFigure &figure)
{
    const bool wasFinished = isFinished();
    m_figures.insert(tile, figure);
    Q_EMIT figureChanged(tile);
    if (!wasFinished && isFinished())
        Q_EMIT finished();
}

void OverviewFigures::fail(Tile tile, const ApiError &error)
{
    OverviewFigure figure;
    figure.state = OverviewFigure::State::Failed;
    figure.error = error;
    set(tile, figure);
}

void OverviewFigures::loadPeople(QObject *context)
{
    m_users.stats(QStringLiteral("-"), context, [this](const ApiResult<UserStats> &result) {
        if (!result.ok())
            return fail(Tile::People, result.error);
        OverviewFigure figure;
        figure.state = OverviewFigure::State::Ready;
        for (const auto &[status, count] : result.value.accountStatuses) {
            figure.value += count;
            figure.parts.append({status, QString(), count});
        }
        set(Tile::People, figure);
    });
}

void OverviewFigures::loadDirectories(QObject *context)
{
    m_orgs.directories(context, [this, context](const ApiResult<QList<Directory>> &result) {
        if (!result.ok())
            return fail(Tile::Directories, result.error);
        auto figure = std::make_shared<OverviewFigure>();
        figure->value = result.value.size();
        for (const Directory &directory : result.value)
            figure->parts.append({directory.id, directory.name, 0});
        auto waiting = std::make_shared<int>(int(result.value.size()));
        if (*waiting == 0) {
            figure->state = OverviewFigure::State::Ready;
            return set(Tile::Directories, *figure);
        }
        for (int i = 0; i < figure->parts.size(); ++i) {
            UserQuery query;
            query.directoryId = figure->parts.at(i).key;
            m_users.count(query, context, [this, figure, waiting, i](const ApiResult<int> &count) {
                if (figure->isFailed())
                    return; // one directory's count failed: the tile said so already
                if (!count.ok()) {
                    figure->state = OverviewFigure::State::Failed;
                    return fail(Tile::Directories, count.error);
                }
                figure->parts[i].count = count.value;
                if (--*waiting == 0) {
                    figure->state = OverviewFigure::State::Ready;
                    set(Tile::Directories, *figure);
                }
            });
        }
    });
}

void OverviewFigures::loadTwoStepOff(QObject *context)
{
    UserQuery query;
    query.mfaEnabled = false;
    query.claimStatus = QStringLiteral("managed");
    m_users.count(query, context, [this](const ApiResult<int> &result) {
        if (!result.ok())
            return fail(Tile::TwoStepOff, result.error);
        OverviewFigure figure;
        figure.state = OverviewFigure::State::Ready;
        figure.value = result.value;
        set(Tile::TwoStepOff, figure);
    });
}

// Last activity is only in each person's product access: every row must be read. The tile says
// how far it is while it reads.
void OverviewFigures::loadInactivePeople(QObject *context)
{
    UserQuery query;
    query.expand = {QStringLiteral("productAccess")};
    query.limit = 100;
    const QDateTime edge = m_clock().addDays(-Overview::inactiveDays);
    auto figure = std::make_shared<OverviewFigure>();
    walkPages(
        m_users.search(query), context,
        [this, figure, edge](const QJsonArray &items) {
            for (const DirectoryUser &user : DirectoryUser::listFromJson(items)) {
                const QDateTime lastActive = user.lastActive();
                if (!lastActive.isValid() || lastActive <= edge)
                    ++figure->value;
                ++figure->rowsRead;
            }
            set(Tile::InactivePeople, *figure);
        },
        [this, figure](const ApiError &error) {
            if (error.isError())
                return fail(Tile::InactivePeople, error);
            figure->state = OverviewFigure::State::Ready;
            set(Tile::InactivePeople, *figure);
        });
}

void OverviewFigures::loadGroups(QObject *context)
{
    m_groups.stats(QStringLiteral("-"), context, [this](const ApiResult<GroupStats> &result) {
        if (!result.ok())
            return fail(Tile::Groups, result.error);
        OverviewFigure figure;
        figure.state = OverviewFigure::State::Ready;
        figure.value = result.value.all;
        figure.parts = {{QStringLiteral("managed"), QString(), result.value.managed},
                        {QStringLiteral("synced"), QString(), result.value.synced}};
        set(Tile::Groups, figure);
    });
}

void OverviewFigures::loadDomains(QObject *context)
{
    m_domains.domains(context, [this](const ApiResult<QList<Domain>> &result) {
        if (!result.ok())
            return fail(Tile::Domains, result.error);
        OverviewFigure figure;
        figure.state = OverviewFigure::State::Ready;
        for (const Domain &domain : result.value) {
            if (!domain.needsAttention())
                continue;
            ++figure.value;
            const QString status = Domain::statusKey(domain.status);
            auto found =
                std::find_if(figure.parts.begin(), figure.parts.end(),
                             [&](const OverviewFigure::Part &p) { return p.key == status; });
            if (found == figure.parts.end())
                figure.parts.append({status, QString(), 1});
            else
                ++found->count;
        }
        set(Tile::Domains, figure);
    });
}

// Policies whose resources failed to apply, or are still applying (or being removed).
void OverviewFigures::loadPolicies(QObject *context)
{
    auto figure = std::make_shared<OverviewFigure>();
    figure->parts = {{QStringLiteral("failed"), QString(), 0},
                     {QStringLiteral("applying"), QString(), 0}};
    walkPages(
        m_policies.policies(QString()), context,
        [figure](const QJsonArray &items) {
            for (const Policy &policy : Policy::listFromJson(items)) {
                qint64 failed = 0;
                qint64 settling = 0;
                for (const PolicyResource &resource : policy.resources) {
                    failed += resource.hasFailed();
                    settling += resource.isSettling();
                }
                if (failed + settling == 0)
                    continue;
                ++figure->value;
                figure->parts[0].count += failed;
                figure->parts[1].count += settling;
                if (figure->itemId.isEmpty()) {
                    figure->itemId = policy.id;
                    figure->itemKind = Policy::typeKey(policy.type);
                }
            }
        },
        [this, figure](const ApiError &error) {
            if (error.isError())
                return fail(Tile::Policies, error);
            figure->state = OverviewFigure::State::Ready;
            set(Tile::Policies, *figure);
        });
}
