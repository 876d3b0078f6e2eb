#include "UserOperations.h"

#include <QJsonObject>
#include <QUrl>

namespace {

using Kind = UserOperations::Eligibility::Kind;

const QString active = QStringLiteral("active");
const QString suspended = QStringLiteral("suspended");
const QString notInvited = QStringLiteral("not_invited");
const QString deactivated = QStringLiteral("deactivated");
const QString forDeletion = QStringLiteral("for_deletion");

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id, ":|"));
}

QString directoryUserPath(const QString &orgId, const QJsonObject &params, const QString &id)
{
    QString directory = params.value(QLatin1String("directoryId")).toString();
    if (directory.isEmpty())
        directory = QStringLiteral("-");
    return QStringLiteral("/admin/v2/orgs/%1/directories/%2/users/%3")
        .arg(orgId, encoded(directory), encoded(id));
}

QString lifecyclePath(const QString &id, const char *verb)
{
    return QStringLiteral("/users/%1/manage/lifecycle/%2").arg(encoded(id), QLatin1String(verb));
}

} // namespace

namespace UserOperations {

QStringList all()
{
    return {suspend(), restore(),       remove(),      deactivate(),
            enable(),  deleteAccount(), cancelDelete()};
}

QString keyForVerb(const QString &verb)
{
    static const QList<QPair<QString, QString>> verbs = {
        {QStringLiteral("suspend"), suspend()},
        {QStringLiteral("restore"), restore()},
        {QStringLiteral("remove"), remove()},
        {QStringLiteral("deactivate"), deactivate()},
        {QStringLiteral("enable"), enable()},
        {QStringLiteral("delete"), deleteAccount()},
        {QStringLiteral("cancel-delete"), cancelDelete()},
    };
    for (const auto &[name, key] : verbs) {
        if (name == verb)
            return key;
    }
    return QString();
}

bool isIrreversible(const QString &operationKey)
{
    return operationKey == remove() || operationKey == deleteAccount();
}

Eligibility eligibility(const QString &key, const QString &status, const QString &claimStatus)
{
    auto no = [](Kind kind, const QString &reason) { return Eligibility{kind, reason}; };
    const bool inactive = status == deactivated || status == forDeletion;
    if (key == suspend() || key == restore()) {
        const bool toSuspend = key == suspend();
        if (status == notInvited)
            return no(Kind::NotApplicable, UserOperation::tr("Not a member of any directory"));
        if (inactive)
            return no(Kind::NotApplicable, UserOperation::tr("The account is deactivated"));
        if (toSuspend && status == suspended)
            return no(Kind::AlreadyDone, UserOperation::tr("Already suspended"));
        if (!toSuspend && status == active)
            return no(Kind::AlreadyDone, UserOperation::tr("Already has access"));
        return {};
    }
    if (key == remove()) {
        if (status == notInvited)
            return no(Kind::AlreadyDone, UserOperation::tr("Not a member of any directory"));
        return {};
    }
    // User management reaches managed accounts only.
    if (claimStatus != QLatin1String("managed"))
        return no(Kind::NotApplicable, UserOperation::tr("Not a managed account"));
    if (key == deactivate()) {
        if (status == deactivated)
            return no(Kind::AlreadyDone, UserOperation::tr("Already deactivated"));
        if (status == forDeletion)
            return no(Kind::AlreadyDone, UserOperation::tr("Already scheduled for deletion"));
        return {};
    }
    if (key == enable()) {
        if (status == forDeletion)
            return no(Kind::NotApplicable,
                      UserOperation::tr("Scheduled for deletion: cancel the deletion instead"));
        if (status != deactivated)
            return no(Kind::AlreadyDone, UserOperation::tr("Already active"));
        return {};
    }
    if (key == deleteAccount()) {
        if (status == forDeletion)
            return no(Kind::AlreadyDone, UserOperation::tr("Already scheduled for deletion"));
        return {};
    }
    if (key == cancelDelete()) {
        if (status != forDeletion)
            return no(Kind::NotApplicable, UserOperation::tr("Not scheduled for deletion"));
        return {};
    }
    return no(Kind::NotApplicable, UserOperation::tr("Unknown action"));
}

JobItem itemFor(const DirectoryUser &person)
{
    JobItem item;
    item.id = person.accountId;
    item.label = person.email.isEmpty() ? person.name : person.email;
    item.extra.insert(QStringLiteral("name"), person.name);
    item.extra.insert(QStringLiteral("status"), person.status);
    return item;
}

QList<JobItem> itemsFor(const QString &operationKey, const QList<DirectoryUser> &people)
{
    QList<JobItem> items;
    items.reserve(people.size());
    for (const DirectoryUser &person : people) {
        JobItem item = itemFor(person);
        const Eligibility verdict = eligibility(operationKey, person.status, person.claimStatus);
        if (!verdict.eligible()) {
            item.state = JobItem::State::Skipped;
            item.reason = verdict.reason;
        }
        items.append(item);
    }
    return items;
}

QString refusalInWords(const ApiError &error)
{
    const QString code = error.serverCode();
    const QString reason = error.serverMessage();
    if (code == QLatin1String("forbidden.action") ||
        code == QLatin1String("forbidden.fieldMutation")) {
        if (reason == QLatin1String("externalDirectory.scim"))
            return UserOperation::tr("Managed by an identity provider (SCIM): make this change "
                                     "there.");
        if (reason == QLatin1String("externalDirectory.google"))
            return UserOperation::tr("Managed by Google Workspace: make this change there.");
        if (reason == QLatin1String("blocked.exportControl"))
            return UserOperation::tr("Blocked by US export control: the API cannot change it.");
        if (reason == QLatin1String("authPolicy.saml"))
            return UserOperation::tr("Set by SAML single sign-on at each login.");
        if (reason.startsWith(QLatin1String("administrative")))
            return UserOperation::tr("Only an administrator can do this, and not to their own "
                                     "account.");
    }
    if (code == QLatin1String("forbidden.targetUnverified"))
        return UserOperation::tr("The account's e-mail address is not verified, so the "
                                 "organization cannot manage it.");
    if (code == QLatin1String("conflict.lifecycleErrors"))
        return UserOperation::tr("Not eligible: %1").arg(reason);
    if (code == QLatin1String("accountNotFound"))
        return UserOperation::tr("No such account (it may have been deleted).");
    return error.detailedMessage();
}

} // namespace UserOperations

QString UserOperation::title() const
{
    using namespace UserOperations;
    if (m_key == suspend())
        return tr("Suspend access");
    if (m_key == restore())
        return tr("Restore access");
    if (m_key == remove())
        return tr("Remove from directory");
    if (m_key == deactivate())
        return tr("Deactivate account");
    if (m_key == enable())
        return tr("Re-enable account");
    if (m_key == deleteAccount())
        return tr("Delete account");
    if (m_key == cancelDelete())
        return tr("Cancel deletion");
    return m_key;
}

QString UserOperation::inverseKey() const
{
    using namespace UserOperations;
    if (m_key == suspend())
        return restore();
    if (m_key == restore())
        return suspend();
    if (m_key == deactivate())
        return enable();
    if (m_key == enable())
        return deactivate();
    if (m_key == deleteAccount())
        return cancelDelete();
    if (m_key == cancelDelete())
        return deleteAccount();
    return QString(); // removal cannot be undone
}

ApiRequest UserOperation::request(const JobItem &item, const QJsonObject &params,
                                  const QString &orgId) const
{
    using namespace UserOperations;
    // Suspend, restore and remove leave the same state however often they are sent: safe to
    // send again after a dropped connection. The lifecycle calls are not retried blindly.
    if (m_key == suspend())
        return ApiRequest::post(
            directoryUserPath(orgId, params, item.id) + QStringLiteral("/suspend"), true);
    if (m_key == restore())
        return ApiRequest::post(
            directoryUserPath(orgId, params, item.id) + QStringLiteral("/restore"), true);
    if (m_key == remove())
        return ApiRequest::del(directoryUserPath(orgId, params, item.id));
    if (m_key == deactivate()) {
        QJsonObject body;
        const QString message = params.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            body.insert(QStringLiteral("message"), message);
        return ApiRequest::post(lifecyclePath(item.id, "disable"), body, false);
    }
    if (m_key == enable())
        return ApiRequest::post(lifecyclePath(item.id, "enable"), false);
    if (m_key == deleteAccount())
        return ApiRequest::post(lifecyclePath(item.id, "delete"), false);
    return ApiRequest::post(lifecyclePath(item.id, "cancel-delete"), false);
}

BulkOperation::Outcome UserOperation::classify(const ApiError &error) const
{
    if (!error.isError())
        return {JobItem::State::Done, QString()};
    if (error.kind() == ApiError::Kind::Cancelled)
        return {JobItem::State::Pending, QString()};
    return {JobItem::State::Failed, UserOperations::refusalInWords(error)};
}

std::optional<ApiRequest> UserOperation::checkRequest(const JobItem &item, const QJsonObject &,
                                                      const QString &orgId) const
{
    return ApiRequest::get(directoryUserPath(orgId, {}, item.id));
}

QStringList UserOperation::appliedStatuses() const
{
    using namespace UserOperations;
    if (m_key == suspend())
        return {suspended};
    if (m_key == restore())
        return {active};
    if (m_key == remove())
        return {notInvited};
    if (m_key == deactivate())
        return {deactivated};
    if (m_key == deleteAccount())
        return {forDeletion};
    return {active, suspended, notInvited}; // enable, cancel-delete: active again
}

bool UserOperation::isApplied(const QJsonDocument &document) const
{
    const QString status = document.object()
                               .value(QLatin1String("data"))
                               .toObject()
                               .value(QLatin1String("status"))
                               .toString();
    return appliedStatuses().contains(status);
}

void registerUserOperations()
{
    static bool registered = false;
    if (std::exchange(registered, true))
        return;
    for (const QString &key : UserOperations::all())
        BulkOperationRegistry::add(std::make_unique<UserOperation>(key));
}
