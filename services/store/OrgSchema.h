#pragma once

#include <QList>
#include <QStringList>

// Every version of the per-organization database's schema, in one place: migrations()[n] takes
// a database from PRAGMA user_version n to n + 1. Append; never edit a released step.
namespace OrgSchema {
QList<QStringList> migrations();
}
