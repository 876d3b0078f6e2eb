#pragma once

#include "ApiResult.h"
#include "ClassificationLevel.h"

#include <QObject>

class ApiClient;

// Data classification levels through the DLP API (CATALOG §4):
// /admin/dlp/v1/orgs/{orgId}/classification-levels.
class ClassificationService
{
public:
    ClassificationService(ApiClient *client, QString orgId);

    QString orgId() const { return m_orgId; }

    // GET .../classification-levels, every page (links.next followed while there is one), most
    // sensitive first. The walk stops when `context` goes.
    void levels(const QObject *context, ApiCallback<QList<ClassificationLevel>> callback) const;
    // GET .../classification-levels/{levelId}
    ApiReply *level(const QString &levelId, const QObject *context,
                    ApiCallback<ClassificationLevel> callback) const;
    // POST .../classification-levels: a new draft level.
    ApiReply *create(const ClassificationLevelFields &fields, const QObject *context,
                     ApiCallback<ClassificationLevel> callback) const;
    // PUT .../classification-levels/{levelId}
    ApiReply *edit(const QString &levelId, const ClassificationLevelFields &fields,
                   const QObject *context, ApiCallback<ClassificationLevel> callback) const;
    // POST .../publish {levelIds}
    ApiReply *publish(const QStringList &levelIds, const QObject *context,
                      std::function<void(const ApiError &)> callback) const;
    // POST .../archive {levelId}: content classified with it becomes unclassified.
    ApiReply *archive(const QString &levelId, const QObject *context,
                      std::function<void(const ApiError &)> callback) const;
    // POST .../restore {levelId}: back as a draft.
    ApiReply *restore(const QString &levelId, const QObject *context,
                      std::function<void(const ApiError &)> callback) const;
    // POST .../reorder {levelIds}: every level that is not archived, most sensitive first.
    ApiReply *reorder(const QStringList &levelIds, const QObject *context,
                      std::function<void(const ApiError &)> callback) const;

private:
    QString path(const QString &suffix = QString()) const;

    ApiClient *m_client;
    QString m_orgId;
};
