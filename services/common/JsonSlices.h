#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <optional>

// Cuts JSON text into the texts of its parts without building any value: the members of an
// object, the elements of an array. A page's cursor is then read without parsing the page's
// items first (an audit stream page's 500 events, a users page's 100 people), and each audit
// event's text is kept as the server sent it. Strings, nesting and commas are followed; what a
// part holds is not checked (parsing it does that).
namespace JsonSlices {

// The members of the object `text` is: each name (as written between its quotes) and the text
// of its value. Nothing when `text` is not an object.
std::optional<QList<QPair<QByteArrayView, QByteArrayView>>> members(QByteArrayView text);

// The texts of the elements of the array `text` is. Nothing when `text` is not an array.
std::optional<QList<QByteArrayView>> elements(QByteArrayView text);

} // namespace JsonSlices
