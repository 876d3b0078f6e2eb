#include "ApiKeysPane.h"

#include "AccessText.h"
#include "ApiAccessService.h"
#include "ApiKeysModel.h"
#include "BulkJob.h"
#include "Connection.h"
#include "FieldListPane.h"
#include "JobLauncher.h"
#include "KeyRevokeFlow.h"
#include "StatusColors.h"
#include "UserText.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace {

SecurityAreaPane::Texts keyTexts()
{
    return {{ApiKeysPane::tr("Search labels and who created them"),
             ApiKeysPane::tr("Loading admin API keys\u2026"),
             ApiKeysPane::tr("The organization has no admin API keys."),
             ApiKeysPane::tr("No admin API keys match these filters."),
             ApiKeysPane::tr("Could not load the admin API keys."),
             QStringLiteral("admin-api-keys.csv")},
            ApiKeysPane::tr("Pick a key to see its details.")};
}

QString person(const ApiPrincipal &principal)
{
    if (principal.isEmpty())
        return QString();
    QString text = principal.name.isEmpty()
                       ? principal.email
                       : ApiKeysPane::tr("%1 <%2>").arg(principal.name, principal.email);
    if (!principal.userStatus.isEmpty())
        text += u'\n' + UserText::status(principal.userStatus);
    return text;
}

} // namespace

ApiKeysPane::ApiKeysPane(Connection *connection, QWidget *parent)
    : SecurityAreaPane(keyTexts(), parent), m_connection(connection),
      m_service(std::make_unique<ApiAccessService>(connection->client(), connection->orgId())),
      m_model(new ApiKeysModel(m_service.get(), this)), m_launcher(new JobLauncher(this)),
      m_revokeFlow(new KeyRevokeFlow(this, connection, m_launcher))
{
    m_model->setKeyInUseLabel(connection->keyLabel());
    build(m_model,
          {{QStringLiteral("all"), tr("All keys"), 0},
           {QStringLiteral("attention"), tr("Needing attention"), 0},
           {QStringLiteral("expiring"), tr("Expiring within"), AccessRisk::soonDays},
           {QStringLiteral("expired"), tr("Expired"), 0},
           {QStringLiteral("inactive"), tr("Not used for at least"), AccessRisk::staleDays},
           {QStringLiteral("never"), tr("Never used"), 0},
           {QStringLiteral("fullAccess"), tr("Without scopes (full access)"), 0}});
    sizeColumns();
    connect(m_launcher, &JobLauncher::jobFinished, this, [this](BulkJob *) { refresh(); });
    applyFilters();
}

ApiKeysPane::~ApiKeysPane() = default;

void ApiKeysPane::sizeColumns()
{
    ListAreaPane::sizeColumns(
        {QStringLiteral("Quarterly access review"), QStringLiteral("Larissa Oliveira"),
         QStringLiteral("30 Sep 2026"), QStringLiteral("Expired 30 days ago"),
         QStringLiteral("30 Sep 2026"), QStringLiteral("None (full access)"),
         QStringLiteral("Revoked 22 Jun 2026"), QStringLiteral("Full access \u00b7 Never used"),
         QStringLiteral("Larissa Oliveira"), QStringLiteral("30 Sep 2026")});
    QHeaderView *header = view()->horizontalHeader();
    // The status says when a key was revoked; who did, and when a key was made, are in the
    // detail pane, and one right-click on the header away here.
    header->setSectionHidden(ApiKeysModel::Created, true);
    header->setSectionHidden(ApiKeysModel::RevokedBy, true);
    header->setSectionHidden(ApiKeysModel::Revoked, true);
}

QString ApiKeysPane::amount(int count) const
{
    return tr("%n keys", nullptr, count);
}

void ApiKeysPane::applyFilters()
{
    ApiKeyQuery query = m_model->query(); // keeps the sort order
    query.text = searchField()->text().trimmed();
    query.expiresAt = {};
    query.lastActiveAt = {};
    const QDateTime now = m_model->currentTime();
    const QString preset = filterBox()->preset();
    const int days = filterBox()->days();
    const ApiKeysModel *model = m_model;
    // The risk presets look at live keys only: a revoked or expired key opens nothing.
    auto isLive = [model, now](int row) {
        const ApiKey key = model->keyAt(row);
        return key.status(now) == ApiKey::Status::Active;
    };
    auto live = isLive;
    AccessSortProxy::RowFilter local;
    if (preset == QLatin1String("attention")) {
        // The Overview's tile: expiring within 30 days, never used, or without scopes.
        local = [model, isLive, now](int row) {
            const ApiKey key = model->keyAt(row);
            return isLive(row) &&
                   (AccessRisk::expiresWithin(AccessRisk::soonDays, key.expiresAt, now) ||
                    !key.lastActiveAt.isValid() || !key.hasScopes());
        };
    } else if (preset == QLatin1String("expiring")) {
        query.expiresAt = {now, now.addDays(days)};
        local = live;
    } else if (preset == QLatin1String("expired")) {
        query.expiresAt.to = now;
    } else if (preset == QLatin1String("inactive")) {
        // Never used counts from the key's creation, as in the CLI.
        local = [model, isLive, days, now](int row) {
            const ApiKey key = model->keyAt(row);
            return isLive(row) && AccessRisk::unusedFor(days, key.lastActiveAt, key.createdAt, now);
        };
    } else if (preset == QLatin1String("never")) {
        local = [model, isLive](int row) {
            return isLive(row) && !model->keyAt(row).lastActiveAt.isValid();
        };
    } else if (preset == QLatin1String("fullAccess")) {
        local = [model, isLive](int row) { return isLive(row) && !model->keyAt(row).hasScopes(); };
    }
    setLocalFilter(local);
    m_model->setQuery(query);
    afterQueryChanged();
}

bool ApiKeysPane::canRevoke(const QList<int> &sourceRows) const
{
    return std::any_of(sourceRows.begin(), sourceRows.end(),
                       [this](int row) { return !m_model->keyAt(row).isRevoked(); });
}

void ApiKeysPane::revokeSelected()
{
    QList<ApiKey> keys;
    QSet<QString> inUse;
    for (int row : selectedSourceRows()) {
        const ApiKey key = m_model->keyAt(row);
        keys.append(key);
        if (m_model->isKeyInUse(key))
            inUse.insert(key.id);
    }
    m_revokeFlow->revoke(keys, inUse);
}

void ApiKeysPane::showDetailsOf(int sourceRow)
{
    const ApiKey key = m_model->keyAt(sourceRow);
    const QDateTime now = m_model->now();
    const AccessRisk::Flags risk = AccessRisk::forKey(key, now);
    QList<FieldListPane::Field> fields;
    if (m_model->isKeyInUse(key))
        fields.append({tr("Orgdesk"), tr("Connected with this key (matched by its label)"),
                       StatusColors::danger()});
    fields.append({tr("Status"), AccessText::keyStatus(key.status(now))});
    const QStringList words =
        AccessText::riskWords(risk, key.lastActiveAt, key.expiresAt, now, AccessText::Subject::Key);
    if (!words.isEmpty() && !key.isRevoked())
        fields.append({tr("Risk"), words.join(u'\n'), AccessText::riskColor(risk)});
    fields.append({tr("Expires"), AccessText::expiryInFull(key.expiresAt, now)});
    fields.append({tr("Last active"), UserText::dateWithAgo(key.lastActiveAt, now)});
    fields.append({tr("Scopes"),
                   key.hasScopes() ? key.scopes.join(u'\n')
                                   : tr("None: this key reaches every admin API of the "
                                        "organization"),
                   key.hasScopes() ? QColor() : StatusColors::danger()});
    fields.append({tr("Created"), UserText::dateWithAgo(key.createdAt, now)});
    fields.append({tr("Created by"), person(key.createdBy)});
    if (key.isRevoked()) {
        fields.append({tr("Revoked"), UserText::dateWithAgo(key.revocationDate, now)});
        fields.append({tr("Revoked by"), person(key.revokedBy)});
    }
    fields.append({tr("Key id"), key.id});
    if (!key.resource.isEmpty())
        fields.append({tr("Resource"), key.resource});
    detailPane()->showFields(key.label, fields);
}
