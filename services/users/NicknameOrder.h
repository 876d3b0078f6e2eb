#pragma once

#include "DirectoryUser.h"

#include <QList>
#include <QString>

// The order users/search sorts by (sortBy nick_name): nicknames compared case- and
// accent-blind ("Élodie" with "elodie"), then names the same way, then account ids, where the
// server's own tie-break (its storage order) cannot be seen from here. For lists gathered out of
// order (a parallel listing) that promise the server's order.
namespace NicknameOrder {

// The text compared: lower case, accents dropped, a few letters spelt out (ß as ss).
QString sortKey(const QString &text);
// Both keys in one text, compared as the pair (nickname, then name) is: for a list that keeps
// one per person instead of folding the names at every comparison.
QString rowKey(const QString &nickname, const QString &name);
void sort(QList<DirectoryUser> &users, bool descending = false);

} // namespace NicknameOrder
