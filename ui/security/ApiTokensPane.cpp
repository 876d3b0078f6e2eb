#include "ApiTokensPane.h"

#include "AccessText.h"
#include "ApiAccessService.h"
#include "ApiTokensModel.h"
#include "BulkJob.h"
#include "Connection.h"
#include "FieldListPane.h"
#include "Icons.h"
#include "JobLauncher.h"
#include "SecurityOperations.h"
#include "StatusColors.h"
#include "TokenDateFilter.h"
#include "TokenRevokeFlow.h"
#include "UserText.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QWidgetAction>

namespace {

SecurityAreaPane::Texts tokenTexts()
{
    return {{ApiTokensPane::tr("Search labels, names and e-mail addresses"),
             ApiTokensPane::tr("Loading API tokens\u2026"),
             ApiTokensPane::tr("The organization's managed accounts have no API tokens."),
             ApiTokensPane::tr("No API tokens match these filters."),
             ApiTokensPane::tr("Could not load the API tokens."), QStringLiteral("api-tokens.csv")},
            ApiTokensPane::tr("Pick a token to see its details.")};
}

// The overlap of two windows on the same date field.
TimeRange intersect(const TimeRange &a, const TimeRange &b)
{
    TimeRange result = a;
    if (b.from.isValid() && (!result.from.isValid() || b.from > result.from))
        result.from = b.from;
    if (b.to.isValid() && (!result.to.isValid() || b.to < result.to))
        result.to = b.to;
    return result;
}

} // namespace

ApiTokensPane::ApiTokensPane(Connection *connection, QWidget *parent)
    : SecurityAreaPane(tokenTexts(), parent), m_connection(connection),
      m_service(std::make_unique<ApiAccessService>(connection->client(), connection->orgId())),
      m_model(new ApiTokensModel(m_service.get(), &connection->users(), this)),
      m_launcher(new JobLauncher(this)),
      m_revokeFlow(new TokenRevokeFlow(this, connection, m_launcher))
{
    build(m_model, {{QStringLiteral("all"), tr("All tokens"), 0},
                    {QStringLiteral("atRisk"), tr("At risk"), 0},
                    {QStringLiteral("unused"), tr("Not used for at least"), AccessRisk::staleDays},
                    {QStringLiteral("never"), tr("Never used"), 0},
                    {QStringLiteral("ownerInactive"), tr("Person suspended or deactivated"), 0},
                    {QStringLiteral("expiring"), tr("Expiring within"), AccessRisk::verySoonDays},
                    {QStringLiteral("expired"), tr("Expired"), 0}});
    addTokenWidgets();
    sizeColumns();
    connect(m_launcher, &JobLauncher::jobFinished, this, &ApiTokensPane::onJobFinished);
    connect(m_revokeFlow, &TokenRevokeFlow::everyTokenRevoked, this, [this](const ApiError &error) {
        if (error.isError()) {
            auto *box =
                new QMessageBox(QMessageBox::Warning, tr("Revoke every token"),
                                tr("The tokens were not revoked. %1").arg(error.userMessage()),
                                QMessageBox::Close, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        refresh();
    });
    connect(m_model, &ApiTokensModel::ownerStatusesChanged, this, &ApiTokensPane::updateCount);
    applyFilters();
}

ApiTokensPane::~ApiTokensPane() = default;

void ApiTokensPane::addTokenWidgets()
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("tokenStatus"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Allowed"), QStringLiteral("ALLOWED"));
    m_status->addItem(tr("Expired"), QStringLiteral("EXPIRED"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ApiTokensPane::applyFilters);

    m_dates = new TokenDateFilter(this);
    m_datesButton = new QToolButton(this);
    m_datesButton->setObjectName(QStringLiteral("tokenDates"));
    m_datesButton->setText(tr("Dates"));
    m_datesButton->setIcon(Icons::action(Icons::Action::Filter));
    m_datesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_datesButton->setPopupMode(QToolButton::InstantPopup);
    auto *datesMenu = new QMenu(m_datesButton);
    auto *datesAction = new QWidgetAction(datesMenu);
    datesAction->setDefaultWidget(m_dates);
    datesMenu->addAction(datesAction);
    m_datesButton->setMenu(datesMenu);
    connect(m_dates, &TokenDateFilter::changed, this, [this] {
        const int count = m_dates->activeCount();
        m_datesButton->setText(count > 0 ? tr("Dates (%1)").arg(count) : tr("Dates"));
        applyFilters();
    });

    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("tokenMore"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(more);
    QAction *everyToken = moreMenu->addAction(tr("Revoke every user's API token\u2026"), this,
                                              &ApiTokensPane::revokeEveryToken);
    everyToken->setObjectName(QStringLiteral("revokeEveryToken"));
    more->setMenu(moreMenu);

    // After the search and the risk filter: status, dates; "More" after Revoke.
    addFilterWidget(m_status);
    addFilterWidget(m_datesButton);
    addActionWidget(more);
}

void ApiTokensPane::sizeColumns()
{
    ListAreaPane::sizeColumns(
        {QStringLiteral("Confluence backup script"), QStringLiteral("Agnieszka Kravchenko"),
         QStringLiteral("aditya.gupta2@acme-robotics.com"), QStringLiteral("30 Sep 2026"),
         QStringLiteral("Expired 30 days ago"), QStringLiteral("30 Sep 2026"),
         QStringLiteral("Allowed"), QStringLiteral("Deactivated"),
         QStringLiteral("Never used \u00b7 Expires in 5 days")});
    QHeaderView *header = view()->horizontalHeader();
    header->setSectionHidden(ApiTokensModel::Email, true);
    header->setSectionHidden(ApiTokensModel::Status, true);
}

QString ApiTokensPane::amount(int count) const
{
    return tr("%n tokens", nullptr, count);
}

void ApiTokensPane::clearFilters()
{
    {
        const QSignalBlocker quietStatus(m_status); // one apply, in the skeleton's
        const QSignalBlocker quietDates(m_dates);
        m_status->setCurrentIndex(0);
        m_dates->clear();
    }
    m_datesButton->setText(tr("Dates"));
    SecurityAreaPane::clearFilters();
}

bool ApiTokensPane::hasFilters() const
{
    return SecurityAreaPane::hasFilters() || m_status->currentIndex() > 0 ||
           m_dates->activeCount() > 0;
}

void ApiTokensPane::applyFilters()
{
    if (!m_status) // still being built
        return;
    ApiTokenQuery query = m_model->query(); // keeps the sort order
    query.text = searchField()->text().trimmed();
    query.status = m_status->currentData().toString();
    query.createdAt = m_dates->createdAt();
    query.lastActiveAt = m_dates->lastActiveAt();
    const QDateTime now = m_model->currentTime();
    const QString preset = filterBox()->preset();
    const int days = filterBox()->days();
    const ApiTokensModel *model = m_model;
    // The risk presets look at live tokens only: an expired token opens nothing.
    auto live = [model, now](int row) {
        return !AccessRisk::isExpired(model->tokenAt(row).expiresAt, now);
    };
    AccessSortProxy::RowFilter local;
    if (preset == QLatin1String("atRisk")) {
        // The Overview's tile: unused for 90 days, expiring within 7, or the person suspended
        // or deactivated.
        local = [model, live, now](int row) {
            const ApiToken token = model->tokenAt(row);
            return live(row) &&
                   (AccessRisk::unusedFor(AccessRisk::staleDays, token.lastActiveAt,
                                          token.createdAt, now) ||
                    AccessRisk::expiresWithin(AccessRisk::verySoonDays, token.expiresAt, now) ||
                    AccessRisk::isInactiveStatus(model->ownerStatus(token.owner.accountId)));
        };
    } else if (preset == QLatin1String("unused")) {
        // A token made less than `days` ago cannot have gone unused that long.
        query.createdAt = intersect(query.createdAt, {QDateTime(), now.addDays(-days)});
        local = [model, live, days, now](int row) {
            const ApiToken token = model->tokenAt(row);
            return live(row) &&
                   AccessRisk::unusedFor(days, token.lastActiveAt, token.createdAt, now);
        };
    } else if (preset == QLatin1String("never")) {
        local = [model, live](int row) {
            return live(row) && !model->tokenAt(row).lastActiveAt.isValid();
        };
    } else if (preset == QLatin1String("ownerInactive")) {
        local = [model, live](int row) {
            return live(row) && AccessRisk::isInactiveStatus(
                                    model->ownerStatus(model->tokenAt(row).owner.accountId));
        };
    } else if (preset == QLatin1String("expiring")) {
        local = [model, days, now](int row) {
            return AccessRisk::expiresWithin(days, model->tokenAt(row).expiresAt, now);
        };
    } else if (preset == QLatin1String("expired")) {
        local = [model, now](int row) {
            return AccessRisk::isExpired(model->tokenAt(row).expiresAt, now);
        };
    }
    setLocalFilter(local);
    m_model->setQuery(query);
    afterQueryChanged();
}

bool ApiTokensPane::canRevoke(const QList<int> &sourceRows) const
{
    return !sourceRows.isEmpty();
}

void ApiTokensPane::revokeSelected()
{
    QList<ApiToken> tokens;
    for (int row : selectedSourceRows())
        tokens.append(m_model->tokenAt(row));
    m_revokeFlow->revoke(tokens);
}

void ApiTokensPane::onJobFinished(BulkJob *job)
{
    if (job->spec().operation != SecurityOperations::revokeApiToken())
        return;
    // Revoked tokens no longer exist: those done, and those skipped as already gone.
    QSet<QString> gone;
    for (const JobItem &item : job->items()) {
        if (item.state == JobItem::State::Done || item.state == JobItem::State::Skipped)
            gone.insert(item.id);
    }
    m_model->removeTokens(gone);
    updateMessage();
}

void ApiTokensPane::revokeEveryToken()
{
    // The organization's name (what must be typed) and the number of tokens now, then ask.
    QObject *context = m_everyTokenRequest.renew();
    m_connection->orgs().org(context, [this, context](const ApiResult<Org> &org) {
        // Without the name (a key that may not read it), the org's id is what is typed.
        const QString name =
            org.ok() && !org.value.name.isEmpty() ? org.value.name : m_connection->orgId();
        m_service->countTokens({}, context, [this, name](const ApiResult<int> &count) {
            m_revokeFlow->revokeEveryToken(name, count.ok() ? count.value : -1);
        });
    });
}

void ApiTokensPane::showDetailsOf(int sourceRow)
{
    const ApiToken token = m_model->tokenAt(sourceRow);
    const QDateTime now = m_model->now();
    const QString ownerStatus = m_model->ownerStatus(token.owner.accountId);
    const AccessRisk::Flags risk = AccessRisk::forToken(token, ownerStatus, now);
    QList<FieldListPane::Field> fields;
    const QStringList words = AccessText::riskWords(risk, token.lastActiveAt, token.expiresAt, now);
    if (!words.isEmpty())
        fields.append({tr("Risk"), words.join(u'\n'), AccessText::riskColor(risk)});
    fields.append({tr("Person"), token.owner.name});
    fields.append({tr("E-mail"), token.owner.email});
    fields.append({tr("Person's status"),
                   ownerStatus.isEmpty() ? tr("Not known") : UserText::status(ownerStatus),
                   risk.testFlag(AccessRisk::OwnerInactive) ? StatusColors::danger() : QColor()});
    fields.append({tr("Created"), UserText::dateWithAgo(token.createdAt, now)});
    fields.append({tr("Expires"), AccessText::expiryInFull(token.expiresAt, now)});
    fields.append({tr("Last active"), UserText::dateWithAgo(token.lastActiveAt, now)});
    fields.append({tr("Status"), AccessText::tokenStatus(token.status)});
    fields.append({tr("Token id"), token.id});
    fields.append({tr("Account id"), token.owner.accountId});
    detailPane()->showFields(token.label, fields);
    showOtherTokens(token.owner.accountId, token.id);
}

// The person's other tokens, from User management's per-account list.
void ApiTokensPane::showOtherTokens(const QString &accountId, const QString &tokenId)
{
    QObject *context = m_detailRequest.renew();
    m_service->accountTokens(
        accountId, context, [this, tokenId](const ApiResult<QList<ApiToken>> &result) {
            if (!result.ok()) {
                detailPane()->appendSection(tr("This person's tokens"),
                                            {{QString(), result.error.userMessage()}});
                return;
            }
            QList<FieldListPane::Field> others;
            for (const ApiToken &other : result.value) {
                if (other.id != tokenId)
                    others.append({other.label, tr("last active: %1")
                                                    .arg(UserText::lastActive(other.lastActiveAt,
                                                                              m_model->now()))});
            }
            if (others.isEmpty())
                others.append({QString(), tr("No other API tokens")});
            detailPane()->appendSection(tr("This person's other tokens"), others);
        });
}
