#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class ApiClient;
class ApiReply;

// Walks a paged list one page at a time. Subclasses know one pagination style (CATALOG §0.3):
// how to ask for the next page and where the page says there is more. Deleting the pager (or
// cancel()) drops any page still in flight.
class Pager : public QObject
{
    Q_OBJECT

public:
    Pager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent = nullptr);
    ~Pager() override;

    bool hasMore() const { return m_hasMore; }
    bool isFetching() const { return !m_inFlight.isNull(); }
    int pagesFetched() const { return m_pages; }

    void fetchNext();
    // Fetches every page that is left, one after another. Each next request leaves as soon as
    // the page before has named its cursor; that page's items are parsed and handed out once
    // the request is on its way, so the server works on it while this side reads.
    void fetchAll();
    void cancel();

Q_SIGNALS:
    // `items` is the page's `data` array.
    void pageReceived(const QJsonArray &items, bool hasMore);
    void failed(const ApiError &error);

protected:
    // Sets up m_next from the page just received; returns whether there is another page.
    virtual bool advance(const QJsonObject &page) = 0;
    // The page's list of items (`data`); not an array when the page does not have one.
    virtual QJsonValue itemsOf(const QJsonObject &page) const;
    // Whether advance() reads the items too (SCIM moves on by how many came): such a page is
    // parsed whole, with itemsOf(), instead of cut apart around its `data` list.
    virtual bool needsWholePage() const { return false; }

    ApiRequest m_next;

private:
    // A page whose cursor has been followed, its items not yet read.
    struct UnreadPage
    {
        QByteArray items;
        ApiRequest request; // what asked for it, to ask again if its items are unreadable
        bool hasMore = false;
    };

    void onFinished(ApiReply *reply);
    // The page read far enough to follow it (advance() done); std::nullopt when unreadable.
    std::optional<UnreadPage> readPage(const QByteArray &body);
    // Parses the page's items and hands them out; false when they were unreadable and the page
    // was asked for again.
    bool handOut(const UnreadPage &page);
    bool handOutHeldPage();
    // A page that was not the JSON object with a `data` list it should be: asked again a few
    // times, then reported.
    void onUnreadablePage();

    ApiClient *m_client;
    QPointer<ApiReply> m_inFlight;
    bool m_hasMore = true;
    bool m_fetchingAll = false;
    std::optional<UnreadPage> m_held; // until the next page's request is on its way
    int m_pages = 0;
    int m_shapeRetries = 0; // the current page came back without its list this often
};

// P1: `links.next` is a full URL to follow as it is.
class LinkPager : public Pager
{
public:
    using Pager::Pager;

protected:
    bool advance(const QJsonObject &page) override;
};

// P2 (and P3, P6): `links.next` is a bare cursor token, sent back as `cursor` in the query
// (GET) or in the body (POST /search, where the filters are sent again with it).
class CursorPager : public Pager
{
public:
    using Pager::Pager;

protected:
    bool advance(const QJsonObject &page) override;
};
