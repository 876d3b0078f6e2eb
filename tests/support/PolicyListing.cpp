#include "PolicyListing.h"

namespace PolicyListing {

Listing all(PolicyPager *pager, int timeoutMs)
{
    Listing listing;
    bool done = false;
    const auto received = QObject::connect(pager, &PolicyPager::policiesReceived, pager,
                                           [&](const QList<Policy> &policies, bool hasMore) {
                                               listing.items += policies;
                                               ++listing.pages;
                                               if (hasMore)
                                                   pager->fetchNext();
                                               else
                                                   done = true;
                                           });
    const auto failed = QObject::connect(pager, &Pager::failed, pager, [&](const ApiError &error) {
        listing.error = error;
        done = true;
    });
    pager->fetchNext();
    if (!QTest::qWaitFor([&done] { return done; }, timeoutMs))
        listing.error = ApiError::timeout();
    QObject::disconnect(received);
    QObject::disconnect(failed);
    return listing;
}

} // namespace PolicyListing
