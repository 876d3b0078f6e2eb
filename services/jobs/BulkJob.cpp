#include "BulkJob.h"

#include "ApiClient.h"
#include "BulkOperation.h"
#include "JobJournal.h"

namespace {

// The server may have made the change although no answer says so: the connection dropped,
// the answer came too late, or a 5xx (a gateway may answer one for a change the server made).
bool answerMayBeLost(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout ||
           error.kind() == ApiError::Kind::Server;
}

} // namespace

BulkJob::BulkJob(ApiClient *client, const BulkOperation *operation, JobSpec spec,
                 QList<JobItem> items, JobJournal *journal, QObject *parent)
    : QObject(parent), m_client(client), m_operation(operation), m_spec(std::move(spec)),
      m_items(std::move(items)), m_journal(journal)
{
    if (m_client)
        connect(m_client, &QObject::destroyed, this, &BulkJob::onClientDestroyed);
}

BulkJob::~BulkJob()
{
    for (const QPointer<ApiReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
        }
    }
}

int BulkJob::count(JobItem::State state) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [state](const JobItem &item) { return item.state == state; }));
}

int BulkJob::finishedCount() const
{
    return count(JobItem::State::Done) + count(JobItem::State::Failed) +
           count(JobItem::State::Skipped);
}

bool BulkJob::canUndo() const
{
    return !m_operation->inverseKey().isEmpty() &&
           (m_status == Status::Finished || m_status == Status::Cancelled) &&
           count(JobItem::State::Done) > 0;
}

QList<JobItem> BulkJob::undoItems() const
{
    QList<JobItem> items;
    for (const JobItem &item : m_items) {
        if (item.state == JobItem::State::Done)
            items.append({item.id, item.label, item.extra});
    }
    return items;
}

ApiClient *BulkJob::client() const
{
    return m_client;
}

void BulkJob::onClientDestroyed()
{
    // Its replies went with it. What was in flight stays "running" in the journal, so a resume
    // checks those items before acting on them again.
    m_inFlight.clear();
    m_lostAnswers.clear();
    if (m_status == Status::Running || m_status == Status::Cancelling)
        setStatus(Status::Interrupted);
}

void BulkJob::start()
{
    if (m_status == Status::Running || !m_client)
        return;
    m_next = 0;
    setStatus(Status::Running);
    pump();
    finishIfIdle();
}

void BulkJob::cancel()
{
    if (m_status != Status::Running)
        return;
    if (m_inFlight.isEmpty())
        conclude(Status::Cancelled);
    else
        setStatus(Status::Cancelling);
}

void BulkJob::retryFailed()
{
    if (m_status == Status::Running || m_status == Status::Cancelling || !m_client)
        return;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).state == JobItem::State::Failed)
            setItem(i, JobItem::State::Pending, QString());
    }
    start();
}

void BulkJob::pump()
{
    while (m_status == Status::Running && m_inFlight.size() < m_concurrency) {
        while (m_next < m_items.size() && m_items.at(m_next).state != JobItem::State::Pending)
            ++m_next;
        if (m_next >= m_items.size())
            return;
        if (m_operation->batchSize() <= 1) {
            startItem(m_next++);
            continue;
        }
        QList<int> batch;
        for (; m_next < m_items.size() && batch.size() < m_operation->batchSize(); ++m_next) {
            if (m_items.at(m_next).state == JobItem::State::Pending)
                batch.append(m_next);
        }
        startBatch(batch);
    }
}

void BulkJob::startBatch(const QList<int> &indices)
{
    QList<JobItem> items;
    for (int index : indices) {
        m_items[index].interrupted = false; // sent again as it was: batches are safe to repeat
        setItem(index, JobItem::State::Running, QString());
        items.append(m_items.at(index));
    }
    ApiReply *reply = m_client->send(m_operation->batchRequest(items, m_spec.params, m_spec.orgId));
    m_inFlight.append(reply);
    connect(reply, &ApiReply::finished, this,
            [this, indices, reply] { onBatchAnswer(indices, reply); });
}

void BulkJob::onBatchAnswer(const QList<int> &indices, ApiReply *reply)
{
    m_inFlight.removeAll(reply);
    QList<JobItem> items;
    for (int index : indices)
        items.append(m_items.at(index));
    const QList<BulkOperation::Outcome> outcomes =
        m_operation->classifyBatch(items, m_spec.params, reply->error(), reply->json());
    int lowestPending = int(m_items.size());
    for (int i = 0; i < indices.size(); ++i) {
        const BulkOperation::Outcome outcome = outcomes.value(
            i, {JobItem::State::Failed, tr("The server's answer did not mention this item.")});
        setItem(indices.at(i), outcome.state, outcome.reason);
        if (outcome.state == JobItem::State::Pending)
            lowestPending = std::min(lowestPending, indices.at(i));
    }
    afterAnswer(lowestPending);
}

void BulkJob::startItem(int index)
{
    JobItem &item = m_items[index];
    std::optional<ApiRequest> check;
    if (item.interrupted)
        check = m_operation->checkRequest(item, m_spec.params, m_spec.orgId);
    item.interrupted = false;
    setItem(index, JobItem::State::Running, QString());
    if (check) {
        startCheck(index, *check);
        return;
    }
    ApiReply *reply = m_client->send(m_operation->request(item, m_spec.params, m_spec.orgId));
    m_inFlight.append(reply);
    connect(reply, &ApiReply::finished, this,
            [this, index, reply] { onAnswer(index, reply, false); });
}

void BulkJob::startCheck(int index, const ApiRequest &check)
{
    ApiReply *reply = m_client->send(check);
    m_inFlight.append(reply);
    connect(reply, &ApiReply::finished, this,
            [this, index, reply] { onAnswer(index, reply, true); });
}

void BulkJob::onAnswer(int index, ApiReply *reply, bool wasCheck)
{
    m_inFlight.removeAll(reply);
    const bool lostAnswer = m_lostAnswers.contains(index);
    const QString lostReason = m_lostAnswers.take(index);
    if (wasCheck && reply->ok() && m_operation->isApplied(reply->json())) {
        setItem(index, JobItem::State::Done,
                lostAnswer ? tr("Done (the answer was lost; the server shows the change)")
                           : tr("Already done before the restart"));
    } else if (wasCheck && lostAnswer) {
        // Not made, or not known: never sent again blindly. The reason is the call's own.
        setItem(index, JobItem::State::Failed, lostReason);
    } else if (wasCheck && (reply->ok() || reply->error().kind() == ApiError::Kind::NotFound)) {
        // Not applied yet: send the change itself.
        setItem(index, JobItem::State::Pending, QString());
        if (m_status == Status::Running) {
            startItem(index);
            return;
        }
    } else if (!wasCheck && reply->error().kind() == ApiError::Kind::BadResponse &&
               reply->httpStatus() >= 200 && reply->httpStatus() < 300) {
        // The server said it made the change; only its body was unreadable, and a single
        // item's change needs none of it.
        setItem(index, JobItem::State::Done, QString());
    } else {
        const BulkOperation::Outcome outcome = m_operation->classify(reply->error());
        std::optional<ApiRequest> check;
        if (outcome.state == JobItem::State::Failed && answerMayBeLost(reply->error()) &&
            m_status == Status::Running)
            check = m_operation->checkRequest(m_items.at(index), m_spec.params, m_spec.orgId);
        if (check) {
            // Whether the change took decides the item, not the lost answer.
            m_lostAnswers.insert(index, outcome.reason);
            startCheck(index, *check);
            return;
        }
        setItem(index, outcome.state, outcome.reason);
    }
    afterAnswer(m_items.at(index).state == JobItem::State::Pending ? index : int(m_items.size()));
}

void BulkJob::afterAnswer(int lowestPending)
{
    if (m_status == Status::Cancelling && m_inFlight.isEmpty()) {
        conclude(Status::Cancelled);
        return;
    }
    // A pending item before the cursor (a check that found nothing done) is picked up again.
    m_next = std::min(m_next, lowestPending);
    pump();
    finishIfIdle();
}

void BulkJob::setItem(int index, JobItem::State state, const QString &reason)
{
    JobItem &item = m_items[index];
    item.state = state;
    item.reason = reason;
    if (m_journal)
        m_journal->recordItem(m_spec.id, index, item);
    Q_EMIT itemChanged(index);
}

void BulkJob::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void BulkJob::finishIfIdle()
{
    if (m_status != Status::Running || !m_inFlight.isEmpty())
        return;
    if (count(JobItem::State::Pending) > 0)
        return;
    conclude(Status::Finished);
}

// A cancelled job is concluded too: the person chose to stop it, so it is not offered for
// resuming at the next start (its journal stays as history).
void BulkJob::conclude(Status status)
{
    if (m_journal)
        m_journal->recordFinished(m_spec.id);
    setStatus(status);
    Q_EMIT finished();
}
