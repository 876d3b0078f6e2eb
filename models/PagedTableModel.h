#pragma once

#include "ApiError.h"
#include "ApiResult.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include <functional>

class Pager;

// A table paged in from the server, one page at a time: canFetchMore()/fetchMore() walk the
// pages (never while a page is in flight), reload() starts over and drops whatever the previous
// query still had in flight, and the total comes from the list's count route. Subclasses make
// the pager and the count call, keep the rows, and call pageArrived() after inserting a page.
// Display text is for people; sorting and filtering use RawValueRole.
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
    // Keeps fetching until every page is in (or an error stops it).
    void fetchAll();

    int loadedCount() const { return rowCount(); }
    int totalCount() const { return m_total; } // -1 while not known
    bool isLoading() const;
    bool hasMore() const;
    bool isFetchingAll() const { return m_fetchAll; }
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
    // A new pager for the current query, parented to `parent`; the subclass connects its typed
    // signal, inserts the rows and calls pageArrived().
    virtual Pager *createPager(QObject *parent) = 0;
    virtual ApiReply *requestCount(QObject *context, ApiCallback<int> callback) = 0;
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
    // After rows went away for good (revoked): the total follows.
    void rowsRemovedFromServer(int count);
    QObject *requestContext() const { return m_requestContext; }

private:
    void onFailed(const ApiError &error);
    void startCount();
    void dropRequests();

    Pager *m_pager = nullptr;
    QObject *m_requestContext = nullptr; // dies with the query: late answers never land
    QPointer<ApiReply> m_countReply;
    ApiError m_error;
    int m_total = -1;
    bool m_fetchAll = false;
    bool m_firstPageIn = false;
    Clock m_clock;
    QDateTime m_now;
};
