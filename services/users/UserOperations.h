#pragma once

#include "BulkOperation.h"
#include "DirectoryUser.h"

#include <QCoreApplication>
#include <QStringList>

// The help-desk verbs on people, as bulk operations (CATALOG §1.3 and §2):
//   users.suspend / users.restore / users.remove      v2 directory routes
//   users.deactivate / users.enable                   User management lifecycle disable/enable
//   users.delete / users.cancelDelete                 lifecycle delete (14-day grace) / cancel
// A JobItem is a person: id = account id, label = e-mail, extra["name"] = name.
// Parameters (JobSpec::params): "directoryId" for the directory routes ("-" by default),
// "message" for deactivate (shown to the person).
namespace UserOperations {

inline QString suspend()
{
    return QStringLiteral("users.suspend");
}
inline QString restore()
{
    return QStringLiteral("users.restore");
}
inline QString remove()
{
    return QStringLiteral("users.remove");
}
inline QString deactivate()
{
    return QStringLiteral("users.deactivate");
}
inline QString enable()
{
    return QStringLiteral("users.enable");
}
inline QString deleteAccount()
{
    return QStringLiteral("users.delete");
}
inline QString cancelDelete()
{
    return QStringLiteral("users.cancelDelete");
}

// Every key above, in menu order.
QStringList all();
// For the CLI: "suspend", "restore", "remove", "deactivate", "enable", "delete",
// "cancel-delete" -> the key; empty when unknown.
QString keyForVerb(const QString &verb);

// Whether a verb can do anything to a person in this state.
struct Eligibility
{
    enum class Kind { Eligible, AlreadyDone, NotApplicable };
    Kind kind = Kind::Eligible;
    QString reason; // in words, when not eligible: "Already suspended"
    bool eligible() const { return kind == Kind::Eligible; }
};
Eligibility eligibility(const QString &operationKey, const QString &status,
                        const QString &claimStatus);

// One item per person; those the verb cannot act on are already Skipped, with the reason.
QList<JobItem> itemsFor(const QString &operationKey, const QList<DirectoryUser> &people);
JobItem itemFor(const DirectoryUser &person);

// Irreversible verbs: removal from the directory and deletion (after its grace period) ask for
// a typed confirmation.
bool isIrreversible(const QString &operationKey);

// Words for a refusal of the User management API (forbidden.action reasons and the like).
QString refusalInWords(const ApiError &error);

} // namespace UserOperations

// One verb on one person; see UserOperations.
class UserOperation : public BulkOperation
{
    Q_DECLARE_TR_FUNCTIONS(UserOperation)

public:
    explicit UserOperation(QString key) : m_key(std::move(key)) {}

    QString key() const override { return m_key; }
    QString title() const override;
    QString inverseKey() const override;
    ApiRequest request(const JobItem &item, const QJsonObject &params,
                       const QString &orgId) const override;
    Outcome classify(const ApiError &error) const override;
    // Reads the person's status: a change that already took is not sent again on resume.
    std::optional<ApiRequest> checkRequest(const JobItem &item, const QJsonObject &params,
                                           const QString &orgId) const override;
    bool isApplied(const QJsonDocument &document) const override;

    // The statuses a person has once the verb took.
    QStringList appliedStatuses() const;

private:
    QString m_key;
};

// Registers every user operation; calling it again does nothing. The app, the CLI and the tests
// call it at start.
void registerUserOperations();
