#pragma once

#include "UserQuery.h"

#include <QList>
#include <QStringList>

// Cuts one users/search query into narrower queries that can be walked at the same time
// (CATALOG §1.3). Pure: the caller asks users/count for each proposed part and hands the counts
// back. Every part is the user's query with one more filter, never a wider one, so whatever a part
// lists, the whole query lists too. A part is cut only while it is much bigger than its share of
// the walk, and a cut is kept only when its pieces' counts add up exactly to the part's count:
//  - claim status and MFA belong to the account, one value each, so their pieces never overlap
//    and always add up;
//  - status and directory belong to each directory membership: someone in two directories can
//    be in two pieces, and people outside every directory are in no directory piece. Such a cut
//    adds up only when neither happens in that part; otherwise the next dimension is tried.
// The listing proves the result anyway (its distinct people against the whole query's count).
class UserPartition
{
public:
    enum class Dimension { Status, Directory, ClaimStatus, Mfa };

    struct Part
    {
        UserQuery query;
        int count = 0;
        int nextDimension = 0; // into dimensions(): the next one to try on this part
    };

    // A cut to count: the part it would replace, by what, and the pieces.
    struct Cut
    {
        int part = -1;
        Dimension dimension = Dimension::Status;
        QList<UserQuery> pieces;
    };

    // `total`: users/count of `query`. `directoryIds`: the org's directories (empty when unknown).
    // `walkers`: how many walks run at once; parts are cut until each is at most a share of the
    // total that keeps them all busy.
    UserPartition(const UserQuery &query, int total, int walkers,
                  const QStringList &directoryIds = {});

    // The cuts to count next (one per part still too big that has a dimension left); empty once
    // the plan is final.
    QList<Cut> nextCuts();
    // The counts of each cut's pieces, in the order of nextCuts(); a cut whose counts do not add
    // up to its part's count is dropped and that part tries its next dimension.
    void settle(const QList<Cut> &cuts, const QList<QList<int>> &counts);

    // The parts to walk, biggest first; empty parts left out.
    QList<Part> parts() const;
    int total() const { return m_total; }
    // The size above which a part is worth cutting further.
    int targetSize() const { return m_target; }

    // The dimensions this query can still be cut by (those the user did not pin to one value).
    QList<Dimension> dimensionsFor(const UserQuery &query) const;
    // The query narrowed by each value of the dimension; empty when it cannot be cut by it.
    QList<UserQuery> cut(const UserQuery &query, Dimension dimension) const;
    // Whether pieces with these counts cover a part of `count` people exactly once.
    static bool addsUp(int count, const QList<int> &pieceCounts);

private:
    QList<Part> m_parts;
    QList<Dimension> m_dimensions;
    QStringList m_directoryIds;
    int m_total = 0;
    int m_target = 0;
};
