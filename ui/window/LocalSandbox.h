#pragma once

#include "ScimKeyring.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

// A local organization with made-up people, for `orgdesk --sandbox`. The ui library does not
// link the sandbox: the program hands the launcher a factory that starts one.
class LocalSandbox
{
public:
    virtual ~LocalSandbox() = default;

    virtual QUrl baseUrl() const = 0;
    virtual QString orgId() const = 0;
    virtual QString apiKey() const = 0;
    // The label under which the admin key list shows apiKey().
    virtual QString apiKeyLabel() const = 0;
    // Its SCIM directories with their keys, for the person trying it to fill in.
    virtual QList<ScimDirectoryKeyHint> scimKeys() const = 0;
};

// Starts a sandbox with that many people; nullptr when it could not start.
using LocalSandboxFactory = std::function<std::unique_ptr<LocalSandbox>(int people)>;
