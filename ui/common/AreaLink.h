#pragma once

#include "UserFilter.h"

#include <QMetaType>
#include <QString>

// A request to open another area showing something particular: the Users area filtered to a
// group's members or to an e-mail domain, a group picked in Groups. An area asks for one with
// AreaPane::openRequested; the main window opens the area and hands it the link.
struct AreaLink
{
    QString area;          // the area's key: "users", "groups"...
    UserFilter userFilter; // for "users": the filters to show
    QString itemId;        // the item to pick once listed (a group's id...); empty: none

    static AreaLink usersFiltered(const UserFilter &filter)
    {
        return {QStringLiteral("users"), filter, QString()};
    }
    static AreaLink group(const QString &groupId)
    {
        return {QStringLiteral("groups"), UserFilter(), groupId};
    }
};

Q_DECLARE_METATYPE(AreaLink)
