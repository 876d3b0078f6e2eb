#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the fuzz targets. FuzzSupport.cpp makes the one QCoreApplication they run in.
namespace Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property the parser promised does not hold: libFuzzer keeps the input that broke it.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz property broken: %s\n", what);
    std::abort();
}

inline void check(bool holds, const char *what)
{
    if (!holds)
        fail(what);
}

// Every object an answer can hand a value type's fromJson: the document itself, the items of its
// list ("data", the DLP "levels", SCIM "Resources") and the elements of a top-level array.
template <typename Visit> void forEachObject(const QByteArray &json, Visit &&visit)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QJsonArray items = document.array();
    if (document.isObject()) {
        const QJsonObject object = document.object();
        visit(object);
        for (const char *list : {"data", "levels", "Resources"}) {
            for (const QJsonValue &item : object.value(QLatin1String(list)).toArray())
                items.append(item);
        }
    }
    for (const QJsonValue &item : std::as_const(items))
        visit(item.toObject());
}

// The list itself, for the listFromJson functions.
inline QJsonArray dataArray(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isArray() ? document.array()
                              : document.object().value(QLatin1String("data")).toArray();
}

} // namespace Fuzz
