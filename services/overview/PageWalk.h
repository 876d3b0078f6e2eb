#pragma once

#include "ApiError.h"
#include "Pager.h"

#include <QJsonArray>

#include <functional>

// Reads every page of `pager`, handing each to `onPage`, then calls `onEnd` once: with no error
// after the last page, or with the error that stopped the walk. The pager is deleted at the end,
// or with `context` (which also drops the callbacks).
inline void walkPages(Pager *pager, const QObject *context,
                      std::function<void(const QJsonArray &items)> onPage,
                      std::function<void(const ApiError &error)> onEnd)
{
    QObject::connect(context, &QObject::destroyed, pager, &QObject::deleteLater);
    QObject::connect(pager, &Pager::pageReceived, context,
                     [pager, onPage, onEnd](const QJsonArray &items, bool hasMore) {
                         onPage(items);
                         if (hasMore) {
                             pager->fetchNext();
                             return;
                         }
                         pager->deleteLater();
                         onEnd({});
                     });
    QObject::connect(pager, &Pager::failed, context, [pager, onEnd](const ApiError &error) {
        pager->deleteLater();
        onEnd(error);
    });
    pager->fetchNext();
}
