#pragma once

#include "ApiAccessService.h"
#include "DomainService.h"
#include "GroupService.h"
#include "OrgService.h"
#include "OverviewFigure.h"
#include "PolicyService.h"
#include "RequestScope.h"
#include "UserService.h"

#include <QDateTime>
#include <QMap>
#include <QObject>

#include <functional>
#include <memory>

class ApiClient;
struct TokenWalk;

// The Overview's figures for one organization, for the window and for `orgdesk-cli overview`:
// each tile loads on its own through the area's own service, and one slow or refused call marks
// only its tile. Counts that need every row (inactive people, tokens at risk) say how far they
// are and never hold the others up.
class OverviewFigures : public QObject
{
    Q_OBJECT

public:
    OverviewFigures(ApiClient *client, const QString &orgId, QObject *parent = nullptr);

    // The label of the admin API key Orgdesk connects with (the OwnKey tile); empty: not known.
    void setKeyLabel(const QString &label) { m_keyLabel = label; }
    // "Now" for expiry and inactivity (tests fix it); the system clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Where the organization's database (the audit archive) is; empty: OrgDatabase's default.
    void setDatabaseFolder(const QString &folder) { m_databaseFolder = folder; }

    // Loads every tile again; what was still loading is dropped.
    void load();
    OverviewFigure figure(Overview::Tile tile) const { return m_figures.value(tile); }
    bool isFinished() const; // no tile is loading

Q_SIGNALS:
    void figureChanged(Overview::Tile tile);
    void finished(); // every tile is ready or failed

private:
    void loadPeople(QObject *context);
    void loadDirectories(QObject *context);
    void loadTwoStepOff(QObject *context);
    void loadInactivePeople(QObject *context);
    void loadGroups(QObject *context);
    void loadDomains(QObject *context);
    void loadPolicies(QObject *context);
    void loadKeys(QObject *context); // ApiKeys and OwnKey, from one list (OverviewAccess.cpp)
    void loadTokens(QObject *context);
    void countUnusedTokens(QObject *context, const QDateTime &now,
                           const std::shared_ptr<TokenWalk> &walk);
    void listTokensAtRisk(QObject *context, const QDateTime &now,
                          const std::shared_ptr<TokenWalk> &walk);
    void failTokens(const std::shared_ptr<TokenWalk> &walk, const ApiError &error);
    void loadAuditLog(); // from the local archive, at once (OverviewAudit.cpp)

    void set(Overview::Tile tile, const OverviewFigure &figure);
    void fail(Overview::Tile tile, const ApiError &error);

    ApiClient *m_client;
    QString m_orgId;
    QString m_databaseFolder;
    OrgService m_orgs;
    UserService m_users;
    GroupService m_groups;
    DomainService m_domains;
    PolicyService m_policies;
    ApiAccessService m_access;
    QString m_keyLabel;
    std::function<QDateTime()> m_clock;
    QMap<Overview::Tile, OverviewFigure> m_figures;
    RequestScope m_request{this}; // the current load's calls
};
