#include "KeyProbe.h"

#include "ApiClient.h"
#include "KeyExpiry.h"
#include "OrgService.h"

KeyProbe::KeyProbe(ApiClient *client, QString orgId) : m_client(client), m_orgId(std::move(orgId))
{}

void KeyProbe::setKeyExpiry(const QDate &expiry, const QDate &today)
{
    m_keyExpiry = expiry;
    m_today = today;
}

RetryPolicy KeyProbe::interactivePolicy()
{
    RetryPolicy policy;
    policy.maxTransientRetries = 1;
    policy.maxRateLimitWaits = 1;
    policy.maxBackoffMs = 5000;
    policy.transferTimeoutMs = 15000;
    return policy;
}

KeyVerdict KeyProbe::verdictFor(const ApiError &error) const
{
    using Outcome = KeyVerdict::Outcome;
    KeyVerdict verdict;
    verdict.error = error;
    switch (error.kind()) {
    case ApiError::Kind::None:
        verdict.outcome = Outcome::Accepted;
        return verdict;
    case ApiError::Kind::Unauthorized: {
        const QString expired = KeyExpiry::unauthorizedExplanation(QString(), m_keyExpiry, m_today);
        if (!expired.isEmpty()) {
            verdict.outcome = Outcome::ExpiredKey;
            verdict.message = expired;
        } else {
            verdict.outcome = Outcome::WrongKey;
            verdict.message =
                tr("The key was refused (HTTP 401): it is not a valid admin API key, or it was "
                   "revoked or has expired. Copy the whole key again from Atlassian "
                   "Administration (Settings > API keys), or create a new one. A site API token "
                   "(for Jira or Confluence) does not work here.");
        }
        return verdict;
    }
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        verdict.outcome = Outcome::NoNetwork;
        verdict.message =
            tr("Could not reach %1: %2 Check the network connection and the API "
               "address.")
                .arg(m_client->baseUrl().host(), error.kind() == ApiError::Kind::Timeout
                                                     ? tr("the server did not answer in time.")
                                                     : error.serverMessage() + u'.');
        return verdict;
    case ApiError::Kind::RateLimited:
        verdict.outcome = Outcome::RateLimited;
        verdict.message = tr("The organization's API rate limit was reached while testing the "
                             "key. Nothing is wrong with the key as far as we know; wait a "
                             "minute and test again.");
        return verdict;
    case ApiError::Kind::Server:
        verdict.outcome = Outcome::ServerTrouble;
        verdict.message = tr("Atlassian's server failed while testing the key (HTTP %1). Try "
                             "again in a few minutes.")
                              .arg(error.httpStatus());
        return verdict;
    default:
        verdict.outcome = Outcome::Failed;
        verdict.message = error.userMessage();
        return verdict;
    }
}

void KeyProbe::verify(const QObject *context, std::function<void(const KeyVerdict &)> done) const
{
    const KeyProbe probe = *this;
    OrgService(m_client, m_orgId)
        .org(context, [probe, context, done](const ApiResult<Org> &result) {
            if (result.ok()) {
                KeyVerdict verdict;
                verdict.outcome = KeyVerdict::Outcome::Accepted;
                verdict.orgName = result.value.name;
                done(verdict);
            } else if (result.error.kind() == ApiError::Kind::NotFound) {
                probe.explainNotFound(context, done);
            } else if (result.error.kind() == ApiError::Kind::Forbidden) {
                probe.checkDirectoriesInstead(context, done);
            } else {
                done(probe.verdictFor(result.error));
            }
        });
}

// A valid key and an unknown org: say which org the key does belong to when the server tells.
void KeyProbe::explainNotFound(const QObject *context,
                               std::function<void(const KeyVerdict &)> done) const
{
    const QString orgId = m_orgId;
    OrgService(m_client, m_orgId)
        .listOrgs(context, [orgId, done](const ApiResult<QList<Org>> &result) {
            KeyVerdict verdict;
            verdict.outcome = KeyVerdict::Outcome::OtherOrg;
            verdict.error = result.error;
            const QList<Org> orgs = result.value;
            if (result.ok() && orgs.size() == 1 && orgs.first().id != orgId) {
                verdict.message =
                    tr("This key belongs to the organization \"%1\" (id %2), not to %3. "
                       "Check the org id, or use a key created in this organization.")
                        .arg(orgs.first().name, orgs.first().id, orgId);
            } else {
                verdict.message =
                    tr("The key works, but not for the organization %1: it belongs to "
                       "another organization, or the org id is mistyped. Copy the org "
                       "id from the address of Atlassian Administration "
                       "(admin.atlassian.com/o/<org id>/...).")
                        .arg(orgId);
            }
            done(verdict);
        });
}

// 403 on the org itself: a scoped key without read:orgs:admin, or a key of another org.
void KeyProbe::checkDirectoriesInstead(const QObject *context,
                                       std::function<void(const KeyVerdict &)> done) const
{
    const QString orgId = m_orgId;
    OrgService(m_client, m_orgId)
        .directories(context, [orgId, done](const ApiResult<QList<Directory>> &result) {
            KeyVerdict verdict;
            verdict.error = result.error;
            if (result.ok()) {
                verdict.outcome = KeyVerdict::Outcome::Accepted;
                verdict.message = tr("The key may not read the organization's details (it has "
                                     "scopes without read:orgs:admin), but it reaches its "
                                     "directories.");
            } else {
                verdict.outcome = KeyVerdict::Outcome::OtherOrg;
                verdict.message = tr("The key was accepted but may not read the organization "
                                     "%1: it belongs to another organization, or its scopes "
                                     "include neither read:orgs:admin nor "
                                     "read:directories:admin.")
                                      .arg(orgId);
            }
            done(verdict);
        });
}

AreaAccess KeyCapabilities::access(KeyArea area) const
{
    for (const AreaAccess &access : areas) {
        if (access.area == area)
            return access;
    }
    AreaAccess unknown;
    unknown.area = area;
    return unknown;
}

int KeyCapabilities::refusedCount() const
{
    return int(std::count_if(areas.cbegin(), areas.cend(), [](const AreaAccess &access) {
        return access.status == AreaAccess::Status::Refused;
    }));
}
