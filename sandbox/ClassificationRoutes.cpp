// Data classification levels of the DLP API (CATALOG §4). The catalog leaves the write answers
// open ("2xx ?"); the sandbox answers:
//   POST   .../classification-levels            201 the new Level (a DRAFT, least sensitive)
//   PUT    .../classification-levels/{levelId}  200 the Level
//   POST   .../classification-levels/publish    200 {levels: [the published levels]}
//   POST   .../classification-levels/archive    200 the Level (ARCHIVED, moved to the end)
//   POST   .../classification-levels/restore    200 the Level (a DRAFT again, least sensitive)
//   POST   .../classification-levels/reorder    200 {levels: [every level, in the new order]}
// Errors in the Admin Control / DLP style: 400 and 409 as errors[] {id, code, status, title,
// detail} (codes DLP-400-1 bad field or body, DLP-409-1 name taken, DLP-409-2 not allowed in
// the level's status), 403 and 404 as {code, message}. The list is one page, most sensitive
// first (sensitivity 1), the archived levels last.
#include "ApiErrors.h"
#include "ClassificationSeeder.h"
#include "OrgStore.h"
#include "Router.h"
#include "Routes.h"
#include "UserWriteState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace sandbox {
namespace {

const QString levelsPath = QStringLiteral("/admin/dlp/v1/orgs/{orgId}/classification-levels");
constexpr int kMaxName = 50;
constexpr int kMaxText = 1000;

struct ClassificationState
{
    QList<SeedLevel> levels; // the non-archived in sensitivity order, then the archived
    LevelPerson admin;       // who the sandbox's key acts as

    int indexOf(const QString &levelId) const
    {
        for (int i = 0; i < levels.size(); ++i) {
            if (levels.at(i).levelId == levelId)
                return i;
        }
        return -1;
    }
    int activeCount() const
    {
        return int(std::count_if(levels.begin(), levels.end(), [](const SeedLevel &level) {
            return level.status != QLatin1String("ARCHIVED");
        }));
    }
    // Moves level `index` to just after the last non-archived level (or to the very end).
    void moveToEndOfActive(int index)
    {
        SeedLevel level = levels.takeAt(index);
        if (level.status == QLatin1String("ARCHIVED"))
            levels.append(level);
        else
            levels.insert(activeCount(), level);
    }
};

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject personJson(const LevelPerson &person)
{
    return {{QStringLiteral("name"), person.name}, {QStringLiteral("accountId"), person.accountId}};
}

QJsonObject levelJson(const ClassificationState &state, int index, const QString &orgId)
{
    const SeedLevel &level = state.levels.at(index);
    return {
        {QStringLiteral("levelId"), level.levelId},
        {QStringLiteral("orgId"), orgId},
        {QStringLiteral("name"), level.name},
        {QStringLiteral("definition"), level.definition},
        {QStringLiteral("guideline"), level.guideline},
        {QStringLiteral("color"), level.color},
        {QStringLiteral("sensitivity"), index + 1},
        {QStringLiteral("status"), level.status},
        {QStringLiteral("createdBy"), personJson(level.createdBy)},
        {QStringLiteral("createdOn"), isoTime(level.createdOn)},
        {QStringLiteral("changedBy"), personJson(level.changedBy)},
        {QStringLiteral("changedOn"), isoTime(level.changedOn)},
    };
}

ApiResponse levelsJson(const ClassificationState &state, const QList<int> &indices,
                       const QString &orgId, const QJsonObject &links = {})
{
    QJsonArray levels;
    for (int index : indices)
        levels.append(levelJson(state, index, orgId));
    QJsonObject body{{QStringLiteral("levels"), levels}};
    if (!links.isEmpty())
        body.insert(QStringLiteral("links"), links);
    return ApiResponse::json(body);
}

ApiResponse badRequest(const QString &detail)
{
    return errors::applicationError(400, QStringLiteral("DLP-400-1"), detail);
}

ApiResponse notAllowedNow(const QString &detail)
{
    return errors::applicationError(409, QStringLiteral("DLP-409-2"), detail);
}

ApiResponse levelNotFound(const QString &levelId)
{
    return errors::proxyError(404,
                              QStringLiteral("No classification level with id %1.").arg(levelId));
}

ApiResponse orgNotFound(const QString &orgId)
{
    return errors::proxyError(404, QStringLiteral("Organization %1 was not found.").arg(orgId));
}

// Checks and applies the fields of a create (all) or an edit (those present).
std::optional<ApiResponse> applyFields(const ClassificationState &state, const QJsonObject &body,
                                       bool creating, int self, SeedLevel &level)
{
    auto text = [&](const char *field, QString *out, int max,
                    bool required) -> std::optional<ApiResponse> {
        const QJsonValue value = body.value(QLatin1String(field));
        if (value.isUndefined() && !creating)
            return std::nullopt;
        if (!value.isUndefined() && !value.isString() && !value.isNull())
            return badRequest(QStringLiteral("%1 must be a string").arg(QLatin1String(field)));
        const QString trimmed = value.toString().trimmed();
        if (required && trimmed.isEmpty())
            return badRequest(QStringLiteral("%1 is required").arg(QLatin1String(field)));
        if (trimmed.size() > max)
            return badRequest(QStringLiteral("%1 must be at most %2 characters")
                                  .arg(QLatin1String(field))
                                  .arg(max));
        *out = trimmed;
        return std::nullopt;
    };
    QString name = level.name, definition = level.definition, guideline = level.guideline;
    if (auto problem = text("name", &name, kMaxName, true))
        return problem;
    if (auto problem = text("definition", &definition, kMaxText, false))
        return problem;
    if (auto problem = text("guideline", &guideline, kMaxText, false))
        return problem;
    const QJsonValue color = body.value(QLatin1String("color"));
    if (creating || !color.isUndefined()) {
        if (!classificationPalette().contains(color.toString()))
            return badRequest(QStringLiteral("color must be one of %1")
                                  .arg(classificationPalette().join(QStringLiteral(", "))));
        level.color = color.toString();
    }
    for (int i = 0; i < state.levels.size(); ++i) {
        if (i != self && state.levels.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return errors::applicationError(
                409, QStringLiteral("DLP-409-1"),
                QStringLiteral("A classification level named '%1' already exists").arg(name));
    }
    level.name = name;
    level.definition = definition;
    level.guideline = guideline;
    return std::nullopt;
}

// {"levelIds": [...]} as a list of strings, or the 400 to answer.
std::optional<QStringList> levelIds(const ApiRequest &request, ApiResponse *problem)
{
    const std::optional<QJsonObject> body = routes::bodyObject(request);
    const QJsonValue ids = body ? body->value(QLatin1String("levelIds")) : QJsonValue();
    if (!ids.isArray() || ids.toArray().isEmpty()) {
        *problem = badRequest(QStringLiteral("levelIds must be a non-empty list of level ids"));
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonValue &id : ids.toArray()) {
        if (!id.isString()) {
            *problem = badRequest(QStringLiteral("levelIds must hold strings"));
            return std::nullopt;
        }
        list.append(id.toString());
    }
    return list;
}

// {"levelId": "..."} of a known level: its index, or the answer to give.
int oneLevel(const ClassificationState &state, const ApiRequest &request, ApiResponse *problem)
{
    const std::optional<QJsonObject> body = routes::bodyObject(request);
    const QJsonValue id = body ? body->value(QLatin1String("levelId")) : QJsonValue();
    if (!id.isString() || id.toString().isEmpty()) {
        *problem = badRequest(QStringLiteral("levelId is required"));
        return -1;
    }
    const int index = state.indexOf(id.toString());
    if (index < 0)
        *problem = levelNotFound(id.toString());
    return index;
}

class ClassificationRoutes
{
public:
    ClassificationRoutes(OrgStore &store, std::shared_ptr<ClassificationState> state)
        : m_store(store), m_state(std::move(state))
    {}

    ApiResponse list(const ApiRequest &request) const
    {
        QList<int> all;
        for (int i = 0; i < m_state->levels.size(); ++i)
            all.append(i);
        const QString first = request.origin + request.path;
        return levelsJson(*m_state, all, orgId(), {{QStringLiteral("first"), first}});
    }

    ApiResponse get(const ApiRequest &request) const
    {
        const int index = m_state->indexOf(request.param(1));
        if (index < 0)
            return levelNotFound(request.param(1));
        return ApiResponse::json(levelJson(*m_state, index, orgId()));
    }

    ApiResponse create(const ApiRequest &request)
    {
        const std::optional<QJsonObject> body = routes::bodyObject(request);
        if (!body)
            return badRequest(QStringLiteral("The body must be a JSON object"));
        SeedLevel level;
        if (auto problem = applyFields(*m_state, *body, true, -1, level))
            return *problem;
        level.levelId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        level.status = QStringLiteral("DRAFT");
        level.createdBy = level.changedBy = m_state->admin;
        level.createdOn = level.changedOn = now();
        const int index = m_state->activeCount();
        m_state->levels.insert(index, level);
        return ApiResponse::json(levelJson(*m_state, index, orgId()), 201);
    }

    ApiResponse edit(const ApiRequest &request)
    {
        const int index = m_state->indexOf(request.param(1));
        if (index < 0)
            return levelNotFound(request.param(1));
        const std::optional<QJsonObject> body = routes::bodyObject(request);
        if (!body)
            return badRequest(QStringLiteral("The body must be a JSON object"));
        SeedLevel level = m_state->levels.at(index);
        if (level.status == QLatin1String("ARCHIVED"))
            return notAllowedNow(QStringLiteral("An archived level cannot be edited: restore it "
                                                "first"));
        if (auto problem = applyFields(*m_state, *body, false, index, level))
            return *problem;
        touch(level);
        m_state->levels[index] = level;
        return ApiResponse::json(levelJson(*m_state, index, orgId()));
    }

    ApiResponse publish(const ApiRequest &request)
    {
        ApiResponse problem;
        const std::optional<QStringList> ids = levelIds(request, &problem);
        if (!ids)
            return problem;
        QList<int> indices;
        for (const QString &id : *ids) {
            const int index = m_state->indexOf(id);
            if (index < 0)
                return levelNotFound(id);
            if (m_state->levels.at(index).status == QLatin1String("ARCHIVED"))
                return notAllowedNow(
                    QStringLiteral("'%1' is archived and cannot be published: restore it first")
                        .arg(m_state->levels.at(index).name));
            if (!indices.contains(index))
                indices.append(index);
        }
        for (int index : indices) {
            SeedLevel &level = m_state->levels[index];
            if (level.status != QLatin1String("PUBLISHED")) {
                level.status = QStringLiteral("PUBLISHED");
                touch(level);
            }
        }
        return levelsJson(*m_state, indices, orgId());
    }

    ApiResponse archive(const ApiRequest &request)
    {
        ApiResponse problem;
        const int index = oneLevel(*m_state, request, &problem);
        if (index < 0)
            return problem;
        SeedLevel &level = m_state->levels[index];
        if (level.status == QLatin1String("ARCHIVED"))
            return notAllowedNow(QStringLiteral("'%1' is already archived").arg(level.name));
        return changeStatus(index, QStringLiteral("ARCHIVED"));
    }

    ApiResponse restore(const ApiRequest &request)
    {
        ApiResponse problem;
        const int index = oneLevel(*m_state, request, &problem);
        if (index < 0)
            return problem;
        SeedLevel &level = m_state->levels[index];
        if (level.status != QLatin1String("ARCHIVED"))
            return notAllowedNow(
                QStringLiteral("'%1' is not archived: only an archived level can be restored")
                    .arg(level.name));
        return changeStatus(index, QStringLiteral("DRAFT"));
    }

    ApiResponse reorder(const ApiRequest &request)
    {
        ApiResponse problem;
        const std::optional<QStringList> ids = levelIds(request, &problem);
        if (!ids)
            return problem;
        QList<SeedLevel> ordered;
        QSet<QString> seen;
        for (const QString &id : *ids) {
            const int index = m_state->indexOf(id);
            if (index < 0)
                return badRequest(QStringLiteral("levelIds names an unknown level %1").arg(id));
            if (m_state->levels.at(index).status == QLatin1String("ARCHIVED"))
                return badRequest(QStringLiteral("levelIds names the archived level '%1'")
                                      .arg(m_state->levels.at(index).name));
            if (seen.contains(id))
                return badRequest(QStringLiteral("levelIds names %1 twice").arg(id));
            seen.insert(id);
            ordered.append(m_state->levels.at(index));
        }
        if (ordered.size() != m_state->activeCount())
            return badRequest(QStringLiteral("levelIds must name every level that is not "
                                             "archived, exactly once (%1 expected, %2 given)")
                                  .arg(m_state->activeCount())
                                  .arg(ordered.size()));
        for (int i = m_state->activeCount(); i < m_state->levels.size(); ++i)
            ordered.append(m_state->levels.at(i));
        m_state->levels = ordered;
        QList<int> all;
        for (int i = 0; i < m_state->levels.size(); ++i)
            all.append(i);
        return levelsJson(*m_state, all, orgId());
    }

    // Every route first checks the org.
    template <typename Handler> Router::Handler guarded(Handler handler)
    {
        return [this, handler](const ApiRequest &request) {
            if (!m_store.isOrg(request.param(0)))
                return orgNotFound(request.param(0));
            return handler(this, request);
        };
    }

private:
    QString orgId() const { return m_store.data().orgId; }
    qint64 now() const { return sandboxNow(m_store.data()); }
    void touch(SeedLevel &level) const
    {
        level.changedBy = m_state->admin;
        level.changedOn = now();
    }
    // Archiving or restoring: the level goes to the end of its part of the list (archived
    // last; restored, the least sensitive); the answer is the level.
    ApiResponse changeStatus(int index, const QString &status)
    {
        SeedLevel &level = m_state->levels[index];
        level.status = status;
        touch(level);
        const QString id = level.levelId;
        m_state->moveToEndOfActive(index);
        return ApiResponse::json(levelJson(*m_state, m_state->indexOf(id), orgId()));
    }

    OrgStore &m_store;
    std::shared_ptr<ClassificationState> m_state;
};

} // namespace

void addClassificationRoutes(Router &router, OrgStore &store)
{
    auto state = std::make_shared<ClassificationState>();
    state->levels = seedClassificationLevels(store);
    state->admin = state->levels.first().createdBy;
    // The routes live as long as the router's handlers that share them.
    auto routes = std::make_shared<ClassificationRoutes>(store, state);
    auto add = [&](const QByteArray &method, const QString &suffix,
                   ApiResponse (ClassificationRoutes::*member)(const ApiRequest &)) {
        router.add(method, levelsPath + suffix,
                   routes->guarded(
                       [routes, member](ClassificationRoutes *self, const ApiRequest &request) {
                           return (self->*member)(request);
                       }));
    };
    auto addConst = [&](const QByteArray &method, const QString &suffix,
                        ApiResponse (ClassificationRoutes::*member)(const ApiRequest &) const) {
        router.add(method, levelsPath + suffix,
                   routes->guarded(
                       [routes, member](ClassificationRoutes *self, const ApiRequest &request) {
                           return (self->*member)(request);
                       }));
    };
    addConst("GET", QString(), &ClassificationRoutes::list);
    add("POST", QString(), &ClassificationRoutes::create);
    add("POST", QStringLiteral("/publish"), &ClassificationRoutes::publish);
    add("POST", QStringLiteral("/archive"), &ClassificationRoutes::archive);
    add("POST", QStringLiteral("/restore"), &ClassificationRoutes::restore);
    add("POST", QStringLiteral("/reorder"), &ClassificationRoutes::reorder);
    addConst("GET", QStringLiteral("/{levelId}"), &ClassificationRoutes::get);
    add("PUT", QStringLiteral("/{levelId}"), &ClassificationRoutes::edit);
}

} // namespace sandbox
