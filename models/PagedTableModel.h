#pragma once

#include "ApiError.h"
#include "ApiResult.h"
#include "RequestScope.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include <functional>

class Pager;

// Every list of the window, loaded from the server: canFetchMore()/fetchMore() walk the pages
// (never while a page is in flight), reload() starts over and drops whatever the previous query
// still had in flight, retry() asks again for what failed, fetchAll() walks to the end, and
// errorOccurred() says why it stopped. Two kinds of list:
//  - paged (users, groups, keys, tokens): the subclass makes a pager and the count call;
//  - short (domains, classification levels, policies): the subclass asks for the whole list in
//    one call (the service walks its few pages) and it arrives as a single page.
//  - local (the audit archive): read page by page from a local store rather than the network;
//    the subclass says isLocalList() and reads the next page in fetchLocalPage().
// Either way the subclass keeps the rows, appends what came in with appendRows() and calls
// pageArrived() (or listFailed()). Display text is for people; sorting and filtering use
// RawValueRole.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // QString, QDateTime (invalid: none), int...
        IdRole,                          // the row's id (key id, token id)
        RiskRole,                        // AccessRisk::Flags as an int
        ExportRole,                      // CSV text: dates in ISO 8601 UTC, the rest as shown
        FirstCustomRole,
    };

    using Clock = std::function<QDateTime()>;

    explicit PagedTableModel(QObject *parent = nullptr);
    ~PagedTableModel() override;

    // The same query again, from the first page.
    void reload();
    // After an error: asks again for the page that failed.
    void retry();
    // Keeps fetching until every page is in (or an error stops it). A subclass may fetch the
    // rest its own way (beginOwnWalk()).
    virtual void fetchAll();

    int loadedCount() const { return rowCount(); }
    int totalCount() const { return m_total; } // -1 while not known
    bool isLoading() const;
    bool hasMore() const;
    // Walking to the end: fetchAll() page by page, or a walk of the subclass's own (beginOwnWalk).
    bool isFetchingAll() const { return m_fetchAll || m_ownWalk == OwnWalk::Running; }
    // Whether the list comes in pages from the server (false: a whole list, a local list, or
    // nothing asked yet).
    bool isPagedList() const { return m_pager != nullptr; }
    ApiError lastError() const { return m_error; }

    // "Now", for days left and risk marks; tests set a fixed one.
    void setClock(Clock clock);
    QDateTime now() const { return m_now; } // as of the last page
    QDateTime currentTime() const { return m_clock(); }

    // Whether the server sorts by this column (over every row, not only the loaded ones).
    virtual bool isServerSorted(int column) const = 0;

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void loadedCountChanged(int loaded);
    void totalCountChanged(int total);
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    // The first page of the current query is in (possibly empty).
    void firstPageLoaded();

protected:
    // ExportRole's value for a cell: a date in ISO 8601 UTC (empty when unset), else the text
    // shown.
    static QVariant exportValue(const QVariant &raw, const QVariant &shown);
    // A paged list: a new pager for the current query, parented to `parent`; the subclass
    // connects its typed signal, inserts the rows and calls pageArrived(). nullptr (the default):
    // the list comes whole, through requestWholeList().
    virtual Pager *createPager(QObject *parent);
    // A short list: asks for all of it with callbacks bound to `context` (gone when the query
    // is replaced); the subclass appends the rows and calls pageArrived(false), or listFailed().
    virtual void requestWholeList(QObject *context);
    // The list's count route; nullptr (the default) when there is none (a whole list counts
    // itself). A local list may answer later through `callback` and return nullptr.
    virtual ApiReply *requestCount(QObject *context, ApiCallback<int> callback);
    // A local list: read from a store on this computer, a page at a time, as the table
    // scrolls. fetchLocalPage() appends the next page and calls pageArrived() (at once or later),
    // or listFailed().
    virtual bool isLocalList() const { return false; }
    virtual void fetchLocalPage() {}
    // Drops every row (called between beginResetModel and endResetModel).
    virtual void clearRows() = 0;

    // Puts a page that came in at the end of `rows`, as new rows of the model. The subclass then
    // calls pageArrived().
    template <typename T> void appendRows(QList<T> &rows, const QList<T> &page)
    {
        if (page.isEmpty())
            return;
        const int first = int(rows.size());
        beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
        rows += page;
        endInsertRows();
    }
    void pageArrived(bool hasMore);
    // The subclass fetches the rest of a paged list itself (several parts at once): until it
    // calls pageArrived(false) or listFailed(), the list is loading and has more. reload()
    // ends it.
    void beginOwnWalk();
    bool isOwnWalkRunning() const { return m_ownWalk == OwnWalk::Running; }
    // A whole list could not be loaded.
    void listFailed(const ApiError &error);
    // After rows went away for good (revoked): the total follows.
    void rowsRemovedFromServer(int count);
    QObject *requestContext() const { return m_request.context(); }

private:
    void onFailed(const ApiError &error);
    void startCount();
    void dropRequests();

    Pager *m_pager = nullptr;
    RequestScope m_request{this}; // the current query's: late answers never land
    bool m_wholeListInFlight = false;
    bool m_wholeListWanted = false; // asked for and not yet in
    bool m_localMore = false;       // a local list: pages left to read
    bool m_localFetching = false;
    QPointer<ApiReply> m_countReply;
    ApiError m_error;
    int m_total = -1;
    bool m_fetchAll = false;
    enum class OwnWalk { None, Running, Done } m_ownWalk = OwnWalk::None;
    bool m_firstPageIn = false;
    Clock m_clock;
    QDateTime m_now;
};
