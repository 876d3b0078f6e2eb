// The pagers' handling of a page's links (CATALOG §0.3): P1's "next" URL, P2's cursor sent back
// in the query (GET) or in the body (POST search). The first byte picks the pager and the verb;
// the rest is the page. No network: the pager is only asked where the next page is.
#include "FuzzSupport.h"
#include "Pager.h"

namespace {

template <typename Base> class Probe : public Base
{
public:
    using Base::advance;
    using Base::Base;
    const ApiRequest &next() const { return this->m_next; }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const QJsonObject page = QJsonDocument::fromJson(Fuzz::bytes(data + 1, size - 1)).object();
    const ApiRequest first =
        (mode & 1) ? ApiRequest::post(QStringLiteral("/admin/v2/orgs/o/directories/-/users/search"),
                                      QJsonObject{{QStringLiteral("limit"), 100}}, true)
                   : ApiRequest::get(QStringLiteral("/admin/v2/orgs/o/directories/-/users"));
    if (mode & 2) {
        Probe<LinkPager> pager(nullptr, first);
        if (pager.advance(page))
            Fuzz::check(pager.next().absoluteUrl.isValid(), "a followed link is a valid URL");
    } else {
        Probe<CursorPager> pager(nullptr, first);
        // Twice, as for two pages: the cursor is replaced, never sent twice.
        for (int round = 0; round < 2; ++round) {
            if (!pager.advance(page))
                break;
            if (pager.next().hasBody) {
                const QJsonObject body = QJsonDocument::fromJson(pager.next().body).object();
                Fuzz::check(body.value(QLatin1String("limit")).toInt() == 100,
                            "the search's filters are sent again with the cursor");
                Fuzz::check(body.contains(QLatin1String("cursor")), "the body holds the cursor");
            } else {
                Fuzz::check(
                    pager.next().query.allQueryItemValues(QStringLiteral("cursor")).size() == 1,
                    "one cursor in the query");
            }
        }
    }
    return 0;
}
