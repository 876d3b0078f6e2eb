#pragma once

#include "AuditLogFilter.h"
#include "UserFilter.h"

#include <QMetaType>
#include <QString>

// A request to open another area showing something particular: the Users area filtered to a
// group's members or to an e-mail domain, a group picked in Groups, the tokens at risk. An area
// asks for one with AreaPane::openRequested; the main window opens the area and hands it the link.
struct AreaLink
{
    QString area;          // the area's key: "users", "groups"...
    UserFilter userFilter; // for "users": the filters to show
    QString itemId;        // the item to pick once listed (a group's id...); empty: none
    // One of the area's own named filters: "atRisk" (apiTokens), "attention" (apiKeys),
    // "needsAttention" (domains), a policy type key (policies); empty: the area as it is.
    QString filter;
    QString searchText; // for the area's search field; empty: leave it
    // For "audit": the filters to show.
    AuditLogFilter auditFilter;

    static AreaLink usersFiltered(const UserFilter &filter)
    {
        return {QStringLiteral("users"), filter, QString()};
    }
    static AreaLink group(const QString &groupId)
    {
        return {QStringLiteral("groups"), UserFilter(), groupId};
    }
    static AreaLink to(const QString &area) { return {area, UserFilter(), QString()}; }
    static AreaLink filtered(const QString &area, const QString &filter,
                             const QString &itemId = QString())
    {
        return {area, UserFilter(), itemId, filter};
    }
    static AreaLink searched(const QString &area, const QString &text)
    {
        return {area, UserFilter(), QString(), QString(), text};
    }
    static AreaLink audit(const AuditLogFilter &filter)
    {
        AreaLink link;
        link.area = QStringLiteral("audit");
        link.auditFilter = filter;
        return link;
    }
    // A person in Users: the list of one, by account id and (when known, so the server can
    // narrow to them) e-mail address.
    static AreaLink person(const QString &accountId, const QString &email, const QString &name)
    {
        UserFilter filter;
        filter.accountIds = {accountId};
        if (!email.isEmpty())
            filter.emails = {email};
        filter.listName = name.isEmpty() ? accountId : name;
        return usersFiltered(filter);
    }
};

Q_DECLARE_METATYPE(AreaLink)
