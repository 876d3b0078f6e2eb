#pragma once

#include "AccessListing.h"
#include "ApiAccessService.h"
#include "ApiClient.h"
#include "TestServer.h"

#include <QObject>

#include <memory>

// What the tests of the API access family share: a sandbox of 800 people with its keys and
// tokens, a client and the service, every key and token as first listed, and the synchronous
// list, count and send helpers.
class AccessServiceTest : public QObject
{
protected:
    // For initTestCase: starts the sandbox and lists every key and token. False (with the
    // reason in `problem`) when that failed.
    bool startAndListEverything(QString *problem);
    // For init: no request recorded, no fault, no rate limit.
    void resetSandbox();

    AccessListing::Keys allKeys(const ApiKeyQuery &query = {})
    {
        return AccessListing::allKeys(*m_service, query);
    }
    AccessListing::Tokens allTokens(const ApiTokenQuery &query = {})
    {
        return AccessListing::allTokens(*m_service, query);
    }
    int countKeys(const ApiKeyQuery &query) { return AccessListing::countKeys(*m_service, query); }
    int countTokens(const ApiTokenQuery &query)
    {
        return AccessListing::countTokens(*m_service, query);
    }
    ApiError send(const ApiRequest &request)
    {
        return AccessListing::send(m_client.get(), request);
    }

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiAccessService> m_service;
    QList<ApiKey> m_keys;     // every key, unfiltered, as first listed
    QList<ApiToken> m_tokens; // every token, unfiltered, as first listed
};
