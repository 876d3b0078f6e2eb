#include "ApiKeysModel.h"

#include "AccessText.h"
#include "ApiAccessService.h"
#include "StatusColors.h"
#include "UserText.h"

#include <QFont>
#include <QLocale>

namespace {

QString person(const ApiPrincipal &principal)
{
    return principal.name.isEmpty() ? principal.email : principal.name;
}

} // namespace

ApiKeysModel::ApiKeysModel(const ApiAccessService *service, QObject *parent)
    : AccessListModel(ColumnCount, {Label, Created, Expires, LastActive}, parent),
      m_service(service)
{}

void ApiKeysModel::setKeyInUseLabel(const QString &label)
{
    m_inUseLabel = label.trimmed();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool ApiKeysModel::isKeyInUse(const ApiKey &key) const
{
    return !m_inUseLabel.isEmpty() && !key.isRevoked() &&
           key.label.trimmed().compare(m_inUseLabel, Qt::CaseInsensitive) == 0;
}

Pager *ApiKeysModel::createPager(QObject *parent)
{
    ApiKeyPager *pager = m_service->keys(query(), parent);
    connect(pager, &ApiKeyPager::keysReceived, this, &ApiKeysModel::addPage);
    return pager;
}

ApiReply *ApiKeysModel::requestCount(QObject *context, ApiCallback<int> callback)
{
    return m_service->countKeys(query(), context, std::move(callback));
}

QVariant ApiKeysModel::extraData(int row, int column, int role) const
{
    const ApiKey &key = rows().at(row);
    switch (role) {
    case Qt::FontRole:
        if ((column == Label || column == Status) && isKeyInUse(key)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case IdRole:
        return key.id;
    case RiskRole:
        return int(AccessRisk::forKey(key, now()));
    case InUseRole:
        return isKeyInUse(key);
    default:
        return QVariant();
    }
}

QVariant ApiKeysModel::display(const ApiKey &key, int column) const
{
    switch (column) {
    case Label:
        return key.label;
    case CreatedBy:
        return person(key.createdBy);
    case Created:
        return UserText::date(key.createdAt);
    case Expires:
        return key.isRevoked() ? UserText::date(key.expiresAt)
                               : AccessText::expiry(key.expiresAt, now());
    case LastActive:
        return UserText::lastActive(key.lastActiveAt, now());
    case Scopes:
        return AccessText::scopes(key.scopes);
    case Status:
        if (isKeyInUse(key))
            return tr("In use by Orgdesk");
        if (key.isRevoked() && key.revocationDate.isValid())
            return tr("Revoked %1").arg(UserText::date(key.revocationDate));
        return AccessText::keyStatus(key.status(now()));
    case Risk: {
        const AccessRisk::Flags risk = AccessRisk::forKey(key, now());
        if (risk.testFlag(AccessRisk::Revoked))
            return QString();
        return AccessText::riskWords(risk, key.lastActiveAt, key.expiresAt, now(),
                                     AccessText::Subject::Key)
            .join(QStringLiteral(" \u00b7 "));
    }
    case RevokedBy:
        return person(key.revokedBy);
    case Revoked:
        return UserText::date(key.revocationDate);
    default:
        return QVariant();
    }
}

QVariant ApiKeysModel::raw(const ApiKey &key, int column) const
{
    switch (column) {
    case Label:
        return key.label;
    case CreatedBy:
        return person(key.createdBy);
    case Created:
        return key.createdAt;
    case Expires:
        return key.expiresAt;
    case LastActive:
        return key.lastActiveAt;
    case Scopes:
        return key.scopes.join(QLatin1Char(' '));
    case Status:
        return int(key.status(now()));
    case Risk:
        return AccessText::riskScore(AccessRisk::forKey(key, now()));
    case RevokedBy:
        return person(key.revokedBy);
    case Revoked:
        return key.revocationDate;
    default:
        return QVariant();
    }
}

QVariant ApiKeysModel::tooltip(const ApiKey &key, int column) const
{
    switch (column) {
    case Label:
    case Status:
        if (isKeyInUse(key))
            return tr("Orgdesk connects with a key of this name: revoking it ends this session.");
        return QVariant();
    case CreatedBy:
        return key.createdBy.email.isEmpty()
                   ? QVariant()
                   : tr("%1 (%2)").arg(key.createdBy.email,
                                       UserText::status(key.createdBy.userStatus));
    case Expires:
        return AccessText::expiryInFull(key.expiresAt, now());
    case LastActive:
        return UserText::dateWithAgo(key.lastActiveAt, now());
    case Scopes:
        return key.hasScopes() ? QVariant()
                               : tr("A key without scopes reaches every admin API of the "
                                    "organization.");
    default:
        return QVariant();
    }
}

QVariant ApiKeysModel::foreground(const ApiKey &key, int column) const
{
    if (key.isRevoked())
        return QVariant();
    const AccessRisk::Flags risk = AccessRisk::forKey(key, now());
    switch (column) {
    case Expires:
        if (risk.testFlag(AccessRisk::Expired))
            return StatusColors::muted();
        if (risk.testFlag(AccessRisk::ExpiresVerySoon))
            return StatusColors::danger();
        if (risk.testFlag(AccessRisk::ExpiresSoon))
            return StatusColors::warning();
        return QVariant();
    case Risk:
        return AccessText::riskColor(risk);
    case LastActive:
        return risk & (AccessRisk::NeverUsed | AccessRisk::Stale) ? StatusColors::warning()
                                                                  : QVariant();
    case Scopes:
        return risk.testFlag(AccessRisk::FullAccess) ? StatusColors::danger() : QVariant();
    case CreatedBy:
        return risk.testFlag(AccessRisk::OwnerInactive) ? StatusColors::warning() : QVariant();
    default:
        return QVariant();
    }
}

QVariant ApiKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::ToolTipRole)
        return isServerSorted(section)
                   ? tr("Sorting by this column asks the server, so it covers every key")
                   : tr("Sorting by this column orders the keys loaded so far");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Label:
        return tr("Label");
    case CreatedBy:
        return tr("Created by");
    case Created:
        return tr("Created");
    case Expires:
        return tr("Expires");
    case LastActive:
        return tr("Last active");
    case Scopes:
        return tr("Scopes");
    case Status:
        return tr("Status");
    case Risk:
        return tr("Risk");
    case RevokedBy:
        return tr("Revoked by");
    case Revoked:
        return tr("Revoked");
    default:
        return QVariant();
    }
}
