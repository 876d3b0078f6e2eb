#pragma once

#include "DirectoryUser.h"

#include <QSet>

#include <functional>

class ApiClient;
class BulkJob;
class JobManager;
class QWidget;
class UserService;

// Helpers for tests of the help-desk work: load the sandbox's people, pick unused ones of a
// kind, read one person's state, and run a job to its end. Each waits with the event loop
// running (QTest::qWaitFor) and returns an empty value when the wait timed out.
namespace PeopleFixture {

QList<DirectoryUser> loadAll(const UserService &service, int timeoutMs = 30000);
std::optional<DirectoryUser> details(const UserService &service, const QString &accountId,
                                     int timeoutMs = 10000);
// The status ("suspended"...), or an empty string when it could not be read.
QString statusOf(const UserService &service, const QString &accountId);

// People of a kind not used yet (each is marked used): empty when there are not enough.
QList<DirectoryUser> pick(const QList<DirectoryUser> &people, QSet<QString> &used, int count,
                          const std::function<bool(const DirectoryUser &)> &kind);

// Managed, invited (not synced from an identity provider), in a directory, with this status.
bool isPlainManaged(const DirectoryUser &user, const QString &status);

// Waits until the job is no longer running; false on a timeout.
bool waitForEnd(BulkJob *job, int timeoutMs = 60000);

// With ORGDESK_SCREENSHOT_DIR set, saves the widget there as `name` (to look at it).
void shoot(QWidget *widget, const QString &name);

} // namespace PeopleFixture
