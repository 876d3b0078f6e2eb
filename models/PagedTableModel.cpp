#include "PagedTableModel.h"

#include "ApiReply.h"
#include "Pager.h"

#include <QDateTime>

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_now(m_clock())
{}

PagedTableModel::~PagedTableModel()
{
    dropRequests();
}

void PagedTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_now = m_clock();
}

Pager *PagedTableModel::createPager(QObject *)
{
    return nullptr;
}

void PagedTableModel::requestWholeList(QObject *) {}

ApiReply *PagedTableModel::requestCount(QObject *, ApiCallback<int>)
{
    return nullptr;
}

void PagedTableModel::dropRequests()
{
    // The context goes first, so that aborting the count call reaches no callback.
    m_request.clear();
    m_wholeListInFlight = false;
    m_wholeListWanted = false;
    m_ownWalk = OwnWalk::None;
    m_localMore = false;
    m_localFetching = false;
    if (m_countReply)
        m_countReply->abort();
    m_countReply.clear();
    if (m_pager) {
        // This may run inside one of the pager's own signals: let it finish before it goes.
        disconnect(m_pager, nullptr, this, nullptr);
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
}

void PagedTableModel::reload()
{
    dropRequests();
    beginResetModel();
    clearRows();
    m_error = ApiError();
    m_total = -1;
    m_fetchAll = false;
    m_firstPageIn = false;
    m_now = m_clock();
    endResetModel();
    Q_EMIT loadedCountChanged(0);
    Q_EMIT totalCountChanged(-1);

    m_request.renew();
    m_pager = createPager(this);
    if (m_pager) {
        connect(m_pager, &Pager::failed, this, &PagedTableModel::onFailed);
        startCount();
    } else if (isLocalList()) {
        m_localMore = true;
        startCount();
    } else {
        m_wholeListWanted = true;
    }
    fetchMore();
}

void PagedTableModel::startCount()
{
    m_countReply = requestCount(m_request.context(), [this](const ApiResult<int> &result) {
        m_countReply.clear();
        // Once every page is in, the rows themselves are the total.
        if (!result.ok() || !hasMore())
            return;
        m_total = result.value;
        Q_EMIT totalCountChanged(m_total);
    });
}

void PagedTableModel::retry()
{
    if (!m_pager && !m_wholeListWanted && !m_localMore) {
        reload();
        return;
    }
    m_error = ApiError();
    if (m_total < 0 && !m_countReply && hasMore())
        startCount();
    fetchMore();
}

void PagedTableModel::fetchAll()
{
    m_fetchAll = true;
    fetchMore();
}

void PagedTableModel::beginOwnWalk()
{
    m_error = ApiError();
    m_fetchAll = false;
    m_ownWalk = OwnWalk::Running;
    Q_EMIT loadingChanged(true);
}

bool PagedTableModel::isLoading() const
{
    if (m_ownWalk == OwnWalk::Running)
        return true;
    if (isPagedList())
        return m_pager->isFetching();
    return isLocalList() ? m_localFetching : m_wholeListInFlight;
}

bool PagedTableModel::hasMore() const
{
    if (m_ownWalk != OwnWalk::None)
        return m_ownWalk == OwnWalk::Running;
    if (isPagedList())
        return m_pager->hasMore();
    return isLocalList() ? m_localMore : m_wholeListWanted;
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMore() && !isLoading() && !m_error.isError();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (isPagedList()) {
        if (m_fetchAll)
            m_pager->fetchAll();
        else
            m_pager->fetchNext();
    } else if (isLocalList()) {
        // Said before reading: a local page may be in (and say so) before fetchLocalPage returns.
        m_localFetching = true;
        Q_EMIT loadingChanged(true);
        fetchLocalPage();
        return;
    } else {
        m_wholeListInFlight = true;
        requestWholeList(m_request.context());
    }
    Q_EMIT loadingChanged(true);
}

void PagedTableModel::pageArrived(bool hasMore)
{
    if (isLocalList()) {
        m_localFetching = false;
        m_localMore = hasMore;
    } else if (!isPagedList()) {
        m_wholeListInFlight = false;
        m_wholeListWanted = false;
        hasMore = false;
    }
    if (m_ownWalk == OwnWalk::Running && !hasMore)
        m_ownWalk = OwnWalk::Done;
    m_now = m_clock();
    Q_EMIT loadedCountChanged(loadedCount());
    if (!hasMore && m_total != loadedCount()) {
        m_total = loadedCount();
        Q_EMIT totalCountChanged(m_total);
    }
    if (m_fetchAll && hasMore && isPagedList())
        m_pager->fetchAll(); // asked for already, unless the walk began with this page in flight
    else if (m_fetchAll && hasMore) // a local list: the next page after this one is shown
        QMetaObject::invokeMethod(
            m_request.context(), [this] { fetchMore(); }, Qt::QueuedConnection);
    else
        m_fetchAll = false;
    Q_EMIT loadingChanged(isLoading());
    if (!m_firstPageIn) {
        m_firstPageIn = true;
        Q_EMIT firstPageLoaded();
    }
}

void PagedTableModel::rowsRemovedFromServer(int count)
{
    Q_EMIT loadedCountChanged(loadedCount());
    if (m_total >= 0) {
        m_total = qMax(0, m_total - count);
        Q_EMIT totalCountChanged(m_total);
    }
}

void PagedTableModel::listFailed(const ApiError &error)
{
    m_wholeListInFlight = false;
    m_localFetching = false;
    if (m_ownWalk == OwnWalk::Running)
        m_ownWalk = OwnWalk::None; // retry() goes on page by page
    onFailed(error);
}

void PagedTableModel::onFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    m_error = error;
    m_fetchAll = false;
    Q_EMIT loadingChanged(false);
    Q_EMIT errorOccurred(error);
}

QVariant PagedTableModel::exportValue(const QVariant &raw, const QVariant &shown)
{
    if (raw.metaType() != QMetaType::fromType<QDateTime>())
        return shown;
    const QDateTime when = raw.toDateTime();
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}
