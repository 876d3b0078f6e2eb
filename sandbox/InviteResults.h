#pragma once

#include "ApiExchange.h"

#include <QList>
#include <QString>

namespace sandbox {

// What an invitation gave one address (AdminInviteResponse), before it becomes JSON.
struct InviteOutcome
{
    struct RoleResult
    {
        QString resource;
        QString role;
        bool invited = false;
        QString reason; // "ADMIN-UAM-409-3: Product License Limit Exceeded...", when refused
    };
    struct GroupResult
    {
        QString group; // the group id
        bool invited = false;
        QString reason;
    };
    QString id; // the account id; empty when no account was made
    QString email;
    QList<RoleResult> roles;
    QList<GroupResult> groups;

    bool anyRefused() const;
};

// MultidirectoryInviteSuccessResponse: 200, or 206 when anything was refused.
ApiResponse inviteAnswer(const QList<InviteOutcome> &outcomes);

} // namespace sandbox
