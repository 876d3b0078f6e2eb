#pragma once

#include "ApiError.h"
#include "ScimLinkFinding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class ApiClient;
class ApiReply;
class QObject;
class ScimService;

// One call of a guided repair: what it does in words, the call itself as it will be sent, and
// how to send it. Some steps take an address the person types (`input`, with a suggestion).
struct ScimRepairStep
{
    using Done = std::function<void(const ApiError &)>;

    QString what;           // "Unlink the record … from the account …"
    QString call;           // "PATCH /admin/user-provisioning/v1/org/…/unlink"
    QString inputLabel;     // empty: the step takes no input
    QString suggestedInput; // what the input field starts with
    bool optional = false;  // may be skipped (a push the identity provider can make instead)
    // Sends the call with the typed input (ignored when the step takes none); `done` gets the
    // outcome, bound to `context`.
    std::function<ApiReply *(const QString &input, const QObject *context, Done done)> send;
    // The call line with the input in it (for steps that take one).
    std::function<QString(const QString &input)> callWith;
};

// The calls a link-check finding's repair takes (CATALOG §3.1, §9.2), in order: unlink; delete
// only the account's SCIM records; unlink, free the address on the account (User management) and
// push again; delete the record; set its active state. Nothing is sent here: the window shows
// each step before it is sent and its result after.
class ScimRepairPlan
{
    Q_DECLARE_TR_FUNCTIONS(ScimRepairPlan)

public:
    struct Clients
    {
        ApiClient *org = nullptr; // the organization's key: link routes, User management
        QString orgId;
        const ScimService *scim = nullptr; // the finding's directory; nullptr: no key for it
    };

    static QList<ScimRepairStep> stepsFor(const ScimLinkFinding &finding, const Clients &clients);
    // Why there is no step (a push only the identity provider makes, no key for the directory);
    // empty when there are steps.
    static QString whyNoSteps(const ScimLinkFinding &finding, const Clients &clients);
    // A free address for the account while the pushed one is given back: name.old@domain.
    static QString freedAddress(const QString &email);
};
