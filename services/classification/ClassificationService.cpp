#include "ClassificationService.h"

#include "ApiClient.h"

#include <QJsonDocument>
#include <QPointer>

#include <memory>

namespace {

std::optional<ClassificationLevel> parseLevel(const QJsonDocument &document)
{
    // The Level itself, or wrapped in {"data": Level}.
    QJsonObject object = document.object();
    if (object.value(QLatin1String("data")).isObject())
        object = object.value(QLatin1String("data")).toObject();
    return ClassificationLevel::fromJson(object);
}

// Walks the list's pages: links.next is followed as a full URL, or sent back as `cursor`.
class LevelWalk : public QObject
{
public:
    LevelWalk(ApiClient *client, ApiRequest first, ApiCallback<QList<ClassificationLevel>> done)
        : m_client(client), m_done(std::move(done))
    {
        fetch(std::move(first));
    }

private:
    void fetch(ApiRequest request)
    {
        ApiReply *reply = m_client->send(request);
        connect(reply, &ApiReply::finished, this, [this, reply, request] {
            if (!reply->ok())
                return finish(reply->error());
            const QJsonObject page = reply->json().object();
            const QJsonValue levels = page.value(QLatin1String("levels"));
            if (!levels.isArray()) {
                // Asked again, as the Pager does: a garbled page is harmless to read twice.
                if (m_shapeRetries++ < m_client->retryPolicy().maxTransientRetries)
                    return fetch(request);
                return finish(ApiError::badResponse(
                    QCoreApplication::translate("ApiError", "unexpected shape")));
            }
            m_shapeRetries = 0;
            const QList<ClassificationLevel> found =
                ClassificationLevel::listFromJson(levels.toArray());
            m_levels.append(found);
            const QString next = page.value(QLatin1String("links"))
                                     .toObject()
                                     .value(QLatin1String("next"))
                                     .toString();
            if (next.isEmpty() || found.isEmpty() || ++m_pages > 100)
                return finish({});
            ApiRequest following = request;
            if (next.startsWith(QLatin1String("http"))) {
                following.absoluteUrl = QUrl(next);
            } else {
                following.query.removeAllQueryItems(QStringLiteral("cursor"));
                following.query.addQueryItem(QStringLiteral("cursor"),
                                             QString::fromUtf8(QUrl::toPercentEncoding(next)));
            }
            fetch(following);
        });
    }
    void finish(const ApiError &error)
    {
        m_done({error.isError() ? QList<ClassificationLevel>() : m_levels, error});
        deleteLater();
    }

    ApiClient *m_client;
    ApiCallback<QList<ClassificationLevel>> m_done;
    QList<ClassificationLevel> m_levels;
    int m_pages = 0;
    int m_shapeRetries = 0;
};

} // namespace

ClassificationService::ClassificationService(ApiClient *client, QString orgId)
    : m_client(client), m_orgId(std::move(orgId))
{}

QString ClassificationService::path(const QString &suffix) const
{
    return QStringLiteral("/admin/dlp/v1/orgs/%1/classification-levels").arg(m_orgId) + suffix;
}

void ClassificationService::levels(const QObject *context,
                                   ApiCallback<QList<ClassificationLevel>> callback) const
{
    // The walk is the context's child in spirit: it goes when the context goes.
    QPointer<const QObject> guard(context);
    auto *walk = new LevelWalk(m_client, ApiRequest::get(path()),
                               [guard, callback](const ApiResult<QList<ClassificationLevel>> &r) {
                                   if (guard)
                                       callback(r);
                               });
    QObject::connect(context, &QObject::destroyed, walk, &QObject::deleteLater);
}

ApiReply *ClassificationService::level(const QString &levelId, const QObject *context,
                                       ApiCallback<ClassificationLevel> callback) const
{
    const QString id = QString::fromUtf8(QUrl::toPercentEncoding(levelId));
    return deliverTo<ClassificationLevel>(m_client->send(ApiRequest::get(path(u'/' + id))), context,
                                          parseLevel, std::move(callback));
}

ApiReply *ClassificationService::create(const ClassificationLevelFields &fields,
                                        const QObject *context,
                                        ApiCallback<ClassificationLevel> callback) const
{
    // Sending it twice would make two drafts.
    const ApiRequest request = ApiRequest::post(path(), fields.toJson(), false);
    return deliverTo<ClassificationLevel>(m_client->send(request), context, parseLevel,
                                          std::move(callback));
}

ApiReply *ClassificationService::edit(const QString &levelId,
                                      const ClassificationLevelFields &fields,
                                      const QObject *context,
                                      ApiCallback<ClassificationLevel> callback) const
{
    const QString id = QString::fromUtf8(QUrl::toPercentEncoding(levelId));
    return deliverTo<ClassificationLevel>(
        m_client->send(ApiRequest::put(path(u'/' + id), fields.toJson())), context, parseLevel,
        std::move(callback));
}

ApiReply *ClassificationService::publish(const QStringList &levelIds, const QObject *context,
                                         std::function<void(const ApiError &)> callback) const
{
    const QJsonObject body{{QStringLiteral("levelIds"), QJsonArray::fromStringList(levelIds)}};
    return deliverDone(
        m_client->send(ApiRequest::post(path(QStringLiteral("/publish")), body, true)), context,
        std::move(callback));
}

ApiReply *ClassificationService::archive(const QString &levelId, const QObject *context,
                                         std::function<void(const ApiError &)> callback) const
{
    // Not sent again on its own: a second archive answers 409.
    const QJsonObject body{{QStringLiteral("levelId"), levelId}};
    return deliverDone(
        m_client->send(ApiRequest::post(path(QStringLiteral("/archive")), body, false)), context,
        std::move(callback));
}

ApiReply *ClassificationService::restore(const QString &levelId, const QObject *context,
                                         std::function<void(const ApiError &)> callback) const
{
    const QJsonObject body{{QStringLiteral("levelId"), levelId}};
    return deliverDone(
        m_client->send(ApiRequest::post(path(QStringLiteral("/restore")), body, false)), context,
        std::move(callback));
}

ApiReply *ClassificationService::reorder(const QStringList &levelIds, const QObject *context,
                                         std::function<void(const ApiError &)> callback) const
{
    const QJsonObject body{{QStringLiteral("levelIds"), QJsonArray::fromStringList(levelIds)}};
    return deliverDone(
        m_client->send(ApiRequest::post(path(QStringLiteral("/reorder")), body, true)), context,
        std::move(callback));
}
