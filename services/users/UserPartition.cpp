#include "UserPartition.h"

#include <algorithm>
#include <numeric>

namespace {

const QStringList allStatuses = {QStringLiteral("active"), QStringLiteral("suspended"),
                                 QStringLiteral("not_invited"), QStringLiteral("deactivated"),
                                 QStringLiteral("for_deletion")};

// The values a list filter can be cut into: the user's own when there are several, every value
// when the user set none, nothing when the user pinned one.
QStringList valuesToCut(const QStringList &chosen, const QStringList &every)
{
    if (chosen.size() == 1)
        return {};
    return chosen.isEmpty() ? every : chosen;
}

} // namespace

UserPartition::UserPartition(const UserQuery &query, int total, int walkers,
                             const QStringList &directoryIds)
    : m_directoryIds(directoryIds), m_total(total)
{
    // Each part is walked from both ends, so a part twice a walker's share keeps two busy.
    m_target = qMax(query.limit * 2, total / qMax(1, walkers * 2));
    m_dimensions = dimensionsFor(query);
    m_parts.append({query, total, 0});
}

QList<UserPartition::Dimension> UserPartition::dimensionsFor(const UserQuery &query) const
{
    QList<Dimension> dimensions;
    for (Dimension d :
         {Dimension::Status, Dimension::Directory, Dimension::ClaimStatus, Dimension::Mfa}) {
        if (!cut(query, d).isEmpty())
            dimensions.append(d);
    }
    return dimensions;
}

QList<UserQuery> UserPartition::cut(const UserQuery &query, Dimension dimension) const
{
    QList<UserQuery> pieces;
    auto narrowed = [&query, &pieces](auto set) {
        UserQuery piece = query;
        set(piece);
        pieces.append(piece);
    };
    switch (dimension) {
    case Dimension::Status:
        for (const QString &status : valuesToCut(query.statuses, allStatuses))
            narrowed([&status](UserQuery &q) { q.statuses = {status}; });
        break;
    case Dimension::Directory:
        if (query.directoryId != QLatin1String("-"))
            break; // the route's path already names one directory
        for (const QString &id : valuesToCut(query.directoryIds, m_directoryIds))
            narrowed([&id](UserQuery &q) { q.directoryIds = {id}; });
        break;
    case Dimension::ClaimStatus:
        if (query.claimStatus.isEmpty()) {
            for (const char *claim : {"managed", "unmanaged"})
                narrowed([claim](UserQuery &q) { q.claimStatus = QLatin1String(claim); });
        }
        break;
    case Dimension::Mfa:
        if (!query.mfaEnabled) {
            for (bool on : {true, false})
                narrowed([on](UserQuery &q) { q.mfaEnabled = on; });
        }
        break;
    }
    return pieces.size() < 2 ? QList<UserQuery>() : pieces;
}

bool UserPartition::addsUp(int count, const QList<int> &pieceCounts)
{
    const bool allCounted = std::all_of(pieceCounts.begin(), pieceCounts.end(),
                                        [](int pieceCount) { return pieceCount >= 0; });
    return allCounted &&
           std::accumulate(pieceCounts.begin(), pieceCounts.end(), qint64(0)) == count;
}

QList<UserPartition::Cut> UserPartition::nextCuts()
{
    QList<Cut> cuts;
    for (int i = 0; i < m_parts.size(); ++i) {
        Part &part = m_parts[i];
        if (part.count <= m_target)
            continue;
        while (part.nextDimension < m_dimensions.size()) {
            const Dimension dimension = m_dimensions.at(part.nextDimension);
            const QList<UserQuery> pieces = cut(part.query, dimension);
            if (!pieces.isEmpty()) {
                cuts.append({i, dimension, pieces});
                break;
            }
            ++part.nextDimension;
        }
    }
    return cuts;
}

void UserPartition::settle(const QList<Cut> &cuts, const QList<QList<int>> &counts)
{
    QList<Part> replaced;
    QList<bool> wasCut(m_parts.size(), false);
    for (int c = 0; c < cuts.size() && c < counts.size(); ++c) {
        Part &part = m_parts[cuts.at(c).part];
        const int next = part.nextDimension + 1;
        part.nextDimension = next;
        if (counts.at(c).size() != cuts.at(c).pieces.size() || !addsUp(part.count, counts.at(c)))
            continue;
        wasCut[cuts.at(c).part] = true;
        for (int p = 0; p < cuts.at(c).pieces.size(); ++p)
            replaced.append({cuts.at(c).pieces.at(p), counts.at(c).at(p), next});
    }
    for (int i = 0; i < m_parts.size(); ++i) {
        if (!wasCut.at(i))
            replaced.append(m_parts.at(i));
    }
    m_parts = replaced;
}

QList<UserPartition::Part> UserPartition::parts() const
{
    QList<Part> walked;
    for (const Part &part : m_parts) {
        if (part.count > 0)
            walked.append(part);
    }
    std::stable_sort(walked.begin(), walked.end(),
                     [](const Part &a, const Part &b) { return a.count > b.count; });
    return walked;
}
